create table products (
    id          uuid primary key,
    sku         varchar(64)  not null,
    document    jsonb        not null,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    deleted_at  timestamptz,
    version     bigint       not null default 0
);

comment on column products.document is 'name, brand, category, description, attributes, images, weight';

create unique index products_sku_uq on products (sku) where deleted_at is null;
create index products_document_gin on products using gin (document jsonb_path_ops);
