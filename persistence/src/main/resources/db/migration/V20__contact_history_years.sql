-- How many years back a contact may have been received (recorded or imported): older dates are refused as mistyped.
alter table partnership_settings
    add column history_years int not null default 10;
