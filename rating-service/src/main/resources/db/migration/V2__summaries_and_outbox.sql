-- Per-product summaries, kept current by each new rating (never recomputed by a scan).
create table rating_summaries (
    product_id    uuid primary key,
    rating_count  bigint      not null default 0 check (rating_count >= 0),
    star_total    bigint      not null default 0 check (star_total >= 0),
    stars_1       bigint      not null default 0,
    stars_2       bigint      not null default 0,
    stars_3       bigint      not null default 0,
    stars_4       bigint      not null default 0,
    stars_5       bigint      not null default 0,
    updated_at    timestamptz not null
);

-- Transactional outbox of summary changes for catalog's read model: written in the
-- transaction of the rating, delivered and deleted by the feed publisher.
create table summary_outbox (
    id              uuid primary key,
    product_id      uuid          not null,
    average         numeric(3, 2) not null,
    rating_count    bigint        not null,
    changed_at      timestamptz   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      text
);

create index summary_outbox_due_idx on summary_outbox (next_attempt_at);
