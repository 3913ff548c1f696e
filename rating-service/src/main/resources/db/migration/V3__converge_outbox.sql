-- The outbox in the fleet's common shape (shop.common.outbox, as pricing and fulfillment
-- have it): a topic and a JSON payload instead of summary columns. Changes still waiting
-- move over with their attempts and next attempt, as the payload catalog receives.
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

insert into outbox (id, topic, payload, created_at, attempts, next_attempt_at, last_error)
select id,
       'catalog.ratings',
       jsonb_build_object('productId', product_id,
                          'average', average,
                          'count', rating_count,
                          'changedAt', to_char(changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
       changed_at,
       attempts,
       next_attempt_at,
       last_error
from summary_outbox;

drop table summary_outbox;
