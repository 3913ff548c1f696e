-- What else a search can narrow objects by before reading any: the request and user ids
-- and the words of the messages (lower case), so that q= reads only objects that can match.
alter table log_objects add column request_ids text[] not null default '{}';
alter table log_objects add column user_ids    text[] not null default '{}';
alter table log_objects add column words       text[] not null default '{}';

create index log_objects_levels_gin on log_objects using gin (levels);
create index log_objects_request_ids_gin on log_objects using gin (request_ids);
create index log_objects_last_event_idx on log_objects (last_event desc);
