package shop.cart.cart;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the {@link CartReconciler} on a schedule
 * ({@code shop.cart.reconciliation.interval}); off when
 * {@code shop.cart.reconciliation.enabled} is false (tests drive it directly).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "shop.cart.reconciliation.enabled", matchIfMissing = true)
class ReconciliationSchedule {

	private static final Logger log = LoggerFactory.getLogger(ReconciliationSchedule.class);

	private final CartReconciler reconciler;

	ReconciliationSchedule(CartReconciler reconciler) {
		this.reconciler = reconciler;
	}

	@Scheduled(fixedDelayString = "${shop.cart.reconciliation.interval:30s}",
			initialDelayString = "${shop.cart.reconciliation.interval:30s}")
	void reconcile() {
		int repaired = this.reconciler.repairLeftBehind();
		int expired = this.reconciler.expireIdleCarts();
		if (repaired + expired > 0) {
			log.info("Reconciliation repaired {} reservation(s) and expired {} cart(s)", repaired, expired);
		}
	}

}
