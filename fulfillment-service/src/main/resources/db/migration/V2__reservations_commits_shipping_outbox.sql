-- Products at or below their low-stock threshold, for the admins' low-stock list.
create index inventory_low_stock_idx on inventory ((on_hand - reserved), product_id)
    where deleted_at is null and on_hand - reserved <= low_stock_threshold;

-- Stock held for a cart line until it expires, is released, or is committed to an order.
-- Its quantity is always part of inventory.reserved.
create table reservations (
    id          uuid primary key,
    cart_id     uuid        not null,
    product_id  uuid        not null,
    quantity    integer     not null check (quantity > 0),
    expires_at  timestamptz not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    constraint reservations_cart_product_uq unique (cart_id, product_id)
);

create index reservations_expiry_idx on reservations (expires_at);
create index reservations_product_idx on reservations (product_id);

-- The stock reduction of an order: written once per order (idempotency by order id),
-- restored at most once.
create table stock_commits (
    order_id      uuid primary key,
    cart_id       uuid        not null,
    status        varchar(16) not null check (status in ('COMMITTED', 'RESTORED')),
    committed_at  timestamptz not null,
    restored_at   timestamptz,
    version       bigint      not null default 0
);

create table stock_commit_lines (
    order_id    uuid    not null references stock_commits (order_id),
    product_id  uuid    not null,
    quantity    integer not null check (quantity > 0),
    primary key (order_id, product_id)
);

-- Shipping rules: where (country, or any country when null; optionally a postal-code
-- prefix), for which shipments (weight band [min, max), order-value band [min, max)),
-- how (mode, carrier), what it costs (base + per started kg) and how long it takes
-- (business days after shipping; orders after the cut-off hour ship the next business day).
create table shipping_rules (
    id                uuid primary key,
    country           char(2),
    postal_prefix     varchar(16),
    mode              varchar(32)    not null,
    carrier           varchar(64)    not null,
    min_weight_grams  integer        not null default 0 check (min_weight_grams >= 0),
    max_weight_grams  integer        check (max_weight_grams is null or max_weight_grams > min_weight_grams),
    min_order_value   numeric(19, 4) check (min_order_value is null or min_order_value >= 0),
    max_order_value   numeric(19, 4),
    currency          char(3)        not null,
    base_cost         numeric(19, 4) not null check (base_cost >= 0),
    cost_per_kg       numeric(19, 4) not null default 0 check (cost_per_kg >= 0),
    business_days     integer        not null check (business_days between 0 and 60),
    cut_off_hour      integer        not null check (cut_off_hour between 0 and 23),
    created_at        timestamptz    not null default now(),
    updated_at        timestamptz    not null default now(),
    version           bigint         not null default 0
);

create index shipping_rules_country_idx on shipping_rules (country);

insert into shipping_rules (id, country, mode, carrier, min_weight_grams, max_weight_grams, min_order_value,
                            currency, base_cost, cost_per_kg, business_days, cut_off_hour)
values (gen_random_uuid(), 'US', 'standard', 'UPS Ground',           0, null, null,   'USD',  9.90, 1.50, 5, 14),
       (gen_random_uuid(), 'US', 'standard', 'UPS Ground',           0, 30000, 500.00, 'USD', 0.00, 0.00, 5, 14),
       (gen_random_uuid(), 'US', 'express',  'UPS Express Saver',    0, null, null,   'USD', 24.90, 3.00, 2, 12),
       (gen_random_uuid(), 'DE', 'standard', 'DHL Paket',            0, null, null,   'USD',  4.90, 0.50, 2, 15),
       (gen_random_uuid(), 'DE', 'express',  'DHL Express',          0, null, null,   'USD', 12.90, 1.00, 1, 12),
       (gen_random_uuid(), 'GB', 'standard', 'Royal Mail Tracked',   0, null, null,   'USD',  7.90, 1.00, 4, 14),
       (gen_random_uuid(), 'GB', 'express',  'DPD Next Day',         0, null, null,   'USD', 19.90, 2.00, 2, 12),
       (gen_random_uuid(), 'FR', 'standard', 'Colissimo',            0, null, null,   'USD',  6.90, 0.80, 3, 14),
       (gen_random_uuid(), 'FR', 'express',  'Chronopost',           0, null, null,   'USD', 16.90, 1.50, 1, 12),
       (gen_random_uuid(), null, 'standard', 'DHL Parcel International', 0, null, null, 'USD', 29.90, 4.00, 10, 12),
       (gen_random_uuid(), null, 'express',  'DHL Express Worldwide',    0, null, null, 'USD', 59.90, 8.00, 5, 11);

-- Transactional outbox: stock changes for catalog's read model.
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
