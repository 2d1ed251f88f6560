-- Who has a RED contact whose hours run past the working day (DecisionTimescales.RedOutOfHours): by default the
-- emergency duty team, counting real hours. Deadlines already set stand.
alter table partnership_settings
    add column red_out_of_hours varchar(30) not null default 'EMERGENCY_DUTY_TEAM';
