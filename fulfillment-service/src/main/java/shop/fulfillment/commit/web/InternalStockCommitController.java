package shop.fulfillment.commit.web;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import shop.common.security.internal.InternalApi;
import shop.fulfillment.commit.CommittedLine;
import shop.fulfillment.commit.StockCommitService;

/**
 * Stock reductions for orders. Both calls are idempotent by {@code orderId}, which is
 * what the caller's {@code Idempotency-Key} stands for.
 */
@RestController
class InternalStockCommitController {

	private final StockCommitService commits;

	InternalStockCommitController(StockCommitService commits) {
		this.commits = commits;
	}

	@PostMapping("/internal/stock/commits")
	@InternalApi(callers = "orders-service")
	CommitResponse commit(@Valid @RequestBody CommitRequest request) {
		return CommitResponse.of(this.commits.commit(request.orderId(), request.cartId(),
				request.lines().stream().map((line) -> new CommittedLine(line.productId(), line.quantity())).toList()));
	}

	@PostMapping("/internal/stock/restorations")
	@InternalApi(callers = "orders-service")
	CommitResponse restore(@Valid @RequestBody RestoreRequest request) {
		return CommitResponse.of(this.commits.restore(request.orderId()));
	}

}
