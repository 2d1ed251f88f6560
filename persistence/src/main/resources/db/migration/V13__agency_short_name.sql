-- What busy lists (the contacts queue, flags, checks, escalations) show for an agency; empty means the full name.
alter table agency add column short_name varchar(24) not null default '' after name;
