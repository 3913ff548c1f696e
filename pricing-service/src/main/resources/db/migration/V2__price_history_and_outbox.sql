-- Every change of a price: who, when, from what, to what. Never updated, never deleted.
create table price_history (
    id          uuid primary key,
    product_id  uuid           not null,
    currency    char(3)        not null,
    old_amount  numeric(19, 4),
    new_amount  numeric(19, 4) not null,
    changed_by  uuid,
    changed_at  timestamptz    not null
);

create index price_history_product_idx on price_history (product_id, changed_at desc, id desc);

-- Transactional outbox: price changes for catalog's read model, written in the same
-- transaction as the change, delivered right after commit and retried by the relay.
create table outbox (
    id               uuid primary key,
    topic            varchar(64)  not null,
    payload          jsonb        not null,
    created_at       timestamptz  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    last_error       text
);

create index outbox_due_idx on outbox (next_attempt_at, created_at);
