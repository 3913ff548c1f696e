-- When the cart's stock reservations run out unless renewed, and when they were last renewed.
alter table carts add column expires_at timestamptz not null default now() + interval '30 minutes';
alter table carts add column reservations_renewed_at timestamptz;

create index carts_open_expiry_idx on carts (expires_at) where deleted_at is null and status = 'OPEN';
create index carts_locked_by_idx on carts (locked_by) where locked_by is not null;

create table cart_items (
    id               uuid primary key,
    cart_id          uuid           not null references carts (id),
    product_id       uuid           not null,
    sku              varchar(64),
    name             varchar(300),
    quantity         integer        not null check (quantity between 1 and 999),
    locked_amount    numeric(19, 4) not null check (locked_amount >= 0),
    locked_currency  char(3)        not null,
    added_at         timestamptz    not null,
    updated_at       timestamptz    not null,
    constraint cart_items_product_uq unique (cart_id, product_id)
);

comment on column cart_items.locked_amount is 'Unit price locked from pricing-service when the product entered the cart';
comment on column cart_items.sku is 'Catalog snapshot, shown when catalog-service cannot be reached';

-- Written (and committed) before cart-service changes a reservation in fulfillment-service,
-- removed in the transaction that saves the change. One left behind after a crash marks a
-- cart line (or, without product_id, a whole cart) whose reservation may disagree with the
-- cart; CartReconciler makes fulfillment agree with the cart again.
create table reservation_intents (
    id          uuid primary key,
    cart_id     uuid        not null,
    product_id  uuid,
    created_at  timestamptz not null
);

create index reservation_intents_created_idx on reservation_intents (created_at);
