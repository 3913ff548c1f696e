package shop.orders.order;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/**
 * Keeps an {@link Order}'s stored snapshot sealed: opened when the order is loaded,
 * sealed before it is written when its snapshot changed, is still plain text (an order
 * from before encryption) or was sealed under an older key. Hibernate creates it through
 * Spring, which injects the cipher.
 */
class SnapshotSealing {

	private final SnapshotCipher cipher;

	SnapshotSealing(SnapshotCipher cipher) {
		this.cipher = cipher;
	}

	@PostLoad
	void open(Order order) {
		order.snapshotOpened(this.cipher.open(order.id(), order.storedSnapshot()));
	}

	@PrePersist
	@PreUpdate
	void seal(Order order) {
		String stored = order.storedSnapshot();
		if (stored == null || this.cipher.needsSealing(stored)) {
			order.snapshotSealed(this.cipher.seal(order.id(), order.snapshot()));
		}
	}

}
