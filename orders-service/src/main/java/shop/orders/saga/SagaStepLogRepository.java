package shop.orders.saga;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The saga step log.
 */
interface SagaStepLogRepository extends JpaRepository<SagaStepLog, Long> {

}
