-- A payment's lifecycle with PayPal. Every PayPal identifier (order, capture, refund,
-- payer, and the approval URL, which carries the order id) is stored AES-256-GCM encrypted
-- by common-lib's FieldEncryptor; the *_hash columns hold keyed HMACs (BlindIndex) so that
-- a webhook can find its payment without decrypting every row.
alter table payments add column idempotency_key    varchar(200);
alter table payments add column provider_order_hash varchar(64);
alter table payments add column approval_url       text;
alter table payments add column payer_id           text;
alter table payments add column capture_key        varchar(200);
alter table payments add column capture_id         text;
alter table payments add column capture_hash       varchar(64);
alter table payments add column captured_amount    numeric(19, 4) check (captured_amount >= 0);
alter table payments add column refund_key         varchar(200);
alter table payments add column refund_id          text;
alter table payments add column refunded_amount    numeric(19, 4) check (refunded_amount >= 0);
alter table payments add column failure_reason     varchar(64);

alter table payments add constraint payments_status_ck
    check (status in ('NEW', 'CREATED', 'APPROVED', 'CAPTURED', 'REFUNDED', 'VOIDED', 'FAILED'));

comment on column payments.approval_url is 'PayPal approve link (contains the order id), AES-256-GCM encrypted';
comment on column payments.payer_id is 'PayPal payer id, AES-256-GCM encrypted';
comment on column payments.capture_id is 'PayPal capture id, AES-256-GCM encrypted';
comment on column payments.refund_id is 'PayPal refund id, AES-256-GCM encrypted';

create unique index payments_provider_order_hash_uq on payments (provider_order_hash)
    where provider_order_hash is not null;
create index payments_capture_hash_idx on payments (capture_hash) where capture_hash is not null;

create table payment_status_history (
    id           uuid primary key,
    payment_id   uuid        not null references payments (id),
    from_status  varchar(16),
    to_status    varchar(16) not null,
    reason       varchar(200),
    occurred_at  timestamptz not null
);

create index payment_status_history_payment_idx on payment_status_history (payment_id, occurred_at);

-- PayPal webhook events already processed, by PayPal's event id: a redelivery is ignored.
create table webhook_events (
    event_id     varchar(100) primary key,
    event_type   varchar(100) not null,
    outcome      varchar(32)  not null,
    received_at  timestamptz  not null
);
