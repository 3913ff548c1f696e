-- What the 100,000-product benchmark showed (load-tests/RESULTS.md, "catalog"):
--
-- 1. Shoppers combine a category with a brand and sort it by price. Category and brand are
--    correlated (a brand sells in a few categories), so PostgreSQL estimated 2 rows where
--    2,389 matched and walked the whole category. Indexes on the pairs, and statistics on
--    the correlated expressions, let it read only the matches (or stop after one page).
create index products_category_brand_idx on products ((document ->> 'category'), lower(document ->> 'brand'),
    price_amount, id) where deleted_at is null;
create index products_category_price_idx on products ((document ->> 'category'), price_amount asc nulls last, id)
    where deleted_at is null;
create statistics products_category_brand_stats (ndistinct, dependencies, mcv)
    on (document ->> 'category'), (lower(document ->> 'brand')) from products;

-- 2. The unfiltered list counted every active product on every page (18 ms at 100,000).
--    The count is kept exact, in the transaction of each change, by statement triggers over
--    the changed rows; updates that do not change whether a product is active (the read
--    model's price, stock and rating columns, every few seconds) leave the row untouched.
create table product_count (
    singleton  boolean primary key default true check (singleton),
    active     bigint  not null check (active >= 0)
);

insert into product_count (singleton, active)
select true, count(*) from products where deleted_at is null;

create function product_count_inserted() returns trigger language plpgsql as $$
declare
    delta bigint;
begin
    select count(*) into delta from inserted where deleted_at is null;
    if delta <> 0 then
        update product_count set active = active + delta;
    end if;
    return null;
end
$$;

create function product_count_updated() returns trigger language plpgsql as $$
declare
    delta bigint;
begin
    select (select count(*) from inserted where deleted_at is null)
         - (select count(*) from removed where deleted_at is null) into delta;
    if delta <> 0 then
        update product_count set active = active + delta;
    end if;
    return null;
end
$$;

create function product_count_deleted() returns trigger language plpgsql as $$
declare
    delta bigint;
begin
    select count(*) into delta from removed where deleted_at is null;
    if delta <> 0 then
        update product_count set active = active - delta;
    end if;
    return null;
end
$$;

create trigger products_count_insert after insert on products
    referencing new table as inserted for each statement execute function product_count_inserted();
create trigger products_count_update after update on products
    referencing old table as removed new table as inserted for each statement execute function product_count_updated();
create trigger products_count_delete after delete on products
    referencing old table as removed for each statement execute function product_count_deleted();

create function product_count_truncated() returns trigger language plpgsql as $$
begin
    update product_count set active = 0;
    return null;
end
$$;

create trigger products_count_truncate after truncate on products
    for each statement execute function product_count_truncated();
