-- Categories: a tree (parent_id), addressed by slug.
create table categories (
    id          uuid primary key,
    parent_id   uuid references categories (id),
    slug        varchar(80)  not null,
    name        varchar(120) not null,
    created_at  timestamptz  not null,
    version     bigint       not null default 0
);

create unique index categories_slug_uq on categories (slug);
create index categories_parent_idx on categories (parent_id);

-- Full-text search over name (weight A), brand (B) and description (C).
alter table products add column search tsvector generated always as (
    setweight(to_tsvector('english', coalesce(document ->> 'name', '')), 'A') ||
    setweight(to_tsvector('english', coalesce(document ->> 'brand', '')), 'B') ||
    setweight(to_tsvector('english', coalesce(document ->> 'description', '')), 'C')
) stored;

-- Read model: what pricing, fulfillment and rating last told the catalog, used only to
-- filter and sort lists (shoppers always see price and stock live from their owners).
-- Each *_changed_at is the source's time of the change; older changes are ignored.
alter table products
    add column price_amount       numeric(19, 4),
    add column price_changed_at   timestamptz,
    add column available          integer,
    add column stock_changed_at   timestamptz,
    add column rating_average     numeric(3, 2),
    add column rating_count       integer not null default 0,
    add column rating_changed_at  timestamptz;

-- Every list reads only live products, so every index is partial on deleted_at is null.
create index products_brand_idx on products (lower(document ->> 'brand'), id) where deleted_at is null;
create index products_category_idx on products ((document ->> 'category'), id) where deleted_at is null;
create index products_name_idx on products (lower(document ->> 'name'), id) where deleted_at is null;
create index products_newest_idx on products (created_at desc, id desc) where deleted_at is null;
create index products_price_idx on products (price_amount asc nulls last, id) where deleted_at is null;
create index products_price_desc_idx on products (price_amount desc nulls last, id desc) where deleted_at is null;
create index products_rating_idx on products (rating_average desc nulls last, rating_count desc, id)
    where deleted_at is null;
create index products_in_stock_name_idx on products (lower(document ->> 'name'), id)
    where deleted_at is null and available > 0;
create index products_search_idx on products using gin (search) where deleted_at is null;
