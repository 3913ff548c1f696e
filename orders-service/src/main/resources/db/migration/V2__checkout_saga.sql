-- The order as the shopper placed it, its status history, the checkout saga with its step
-- log, the checkout idempotency keys, and the outbox of status events for realtime-service.

alter table orders
    add column delivery_mode             varchar(32)  not null,
    add column accept_price_changes      boolean      not null default false,
    add column carrier                   varchar(64),
    add column tracking_number           varchar(128),
    add column cart_id                   uuid,
    add column payment_id                uuid,
    add column payment_provider          varchar(16),
    add column payment_status            varchar(16),
    add column payment_reference         varchar(128),
    add column capture_reference         varchar(128),
    add column approval_url              varchar(2048),
    add column placed_at                 timestamptz,
    add column shipped_at                timestamptz,
    add column delivered_at              timestamptz,
    add column cancellation_requested_at timestamptz;

comment on column orders.placed_at is 'when the checkout reached PAYMENT_PENDING; attempts that never got there are not listed to the shopper';

create index orders_status_idx on orders (status, created_at desc);

create table order_status_history (
    id       bigint generated always as identity primary key,
    order_id uuid        not null references orders (id),
    status   varchar(24) not null,
    reason   varchar(64),
    at       timestamptz not null
);

create index order_status_history_order_idx on order_status_history (order_id, id);

create table checkout_requests (
    user_id         uuid         not null,
    idempotency_key varchar(255) not null,
    request_hash    varchar(64)  not null,
    order_id        uuid         not null,
    created_at      timestamptz  not null,
    primary key (user_id, idempotency_key)
);

comment on table checkout_requests is 'Idempotency-Key of POST /api/orders per user, kept at least shop.orders.idempotency-key-retention';

create index checkout_requests_created_idx on checkout_requests (created_at);

create table checkout_sagas (
    order_id               uuid primary key references orders (id),
    state                  varchar(24) not null,
    step                   varchar(24),
    attempts               int         not null default 0,
    next_attempt_at        timestamptz,
    lease_owner            varchar(100),
    lease_until            timestamptz,
    intent                 varchar(16),
    compensations          jsonb       not null default '[]',
    failure                jsonb,
    approval_deadline      timestamptz,
    cart_may_be_locked     boolean     not null default false,
    cart_checked_out       boolean     not null default false,
    payment_created        boolean     not null default false,
    payment_captured       boolean     not null default false,
    stock_may_be_committed boolean     not null default false,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint      not null default 0
);

comment on column checkout_sagas.step is 'the step to run next (or running under the lease); null while waiting for the shopper or when finished';
comment on column checkout_sagas.next_attempt_at is 'when the recovery worker should pick the saga up: the step''s next attempt, or the approval deadline';

create index checkout_sagas_due_idx on checkout_sagas (next_attempt_at) where next_attempt_at is not null;

create table saga_step_log (
    id              bigint generated always as identity primary key,
    order_id        uuid        not null references orders (id),
    step            varchar(32) not null,
    attempt         int         not null,
    idempotency_key varchar(100),
    executor        varchar(100),
    request         jsonb,
    outcome         varchar(24) not null,
    detail          varchar(1000),
    started_at      timestamptz not null,
    finished_at     timestamptz
);

create index saga_step_log_order_idx on saga_step_log (order_id, id);

create table order_events (
    seq             bigint generated always as identity primary key,
    event_id        uuid        not null unique,
    order_id        uuid        not null,
    user_id         uuid        not null,
    status          varchar(24) not null,
    occurred_at     timestamptz not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    lease_until     timestamptz,
    published_at    timestamptz,
    abandoned_at    timestamptz,
    last_error      varchar(500)
);

comment on table order_events is 'outbox of order status changes for realtime-service, written in the transaction of the change';

create index order_events_pending_idx on order_events (order_id, seq) where published_at is null and abandoned_at is null;
