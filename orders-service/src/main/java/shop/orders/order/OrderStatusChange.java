package shop.orders.order;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One entry of an order's status history.
 */
@Entity
@Table(name = "order_status_history")
public class OrderStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "order_id")
	private Order order;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrderStatus status;

	private String reason;

	@Column(nullable = false)
	private Instant at;

	protected OrderStatusChange() {
	}

	OrderStatusChange(Order order, OrderStatus status, String reason, Instant at) {
		this.order = order;
		this.status = status;
		this.reason = reason;
		this.at = at;
	}

	public OrderStatus status() {
		return this.status;
	}

	public String reason() {
		return this.reason;
	}

	public Instant at() {
		return this.at;
	}

}
