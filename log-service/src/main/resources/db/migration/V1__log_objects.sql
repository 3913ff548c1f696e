create table log_objects (
    id            uuid primary key,
    object_key    text        not null unique,
    first_event   timestamptz not null,
    last_event    timestamptz not null,
    event_count   integer     not null check (event_count between 1 and 100),
    services      text[]      not null,
    levels        text[]      not null,
    trace_ids     text[]      not null default '{}',
    created_at    timestamptz not null default now()
);

create index log_objects_time_idx on log_objects (first_event, last_event);
create index log_objects_services_gin on log_objects using gin (services);
create index log_objects_trace_ids_gin on log_objects using gin (trace_ids);
