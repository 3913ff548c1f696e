package shop.fulfillment.commit.web;

import java.util.List;
import java.util.UUID;

import shop.fulfillment.commit.CommittedLine;
import shop.fulfillment.commit.StockCommit;

/**
 * {@code {orderId, status, lines}}.
 */
record CommitResponse(UUID orderId, String status, List<CommittedLine> lines) {

	static CommitResponse of(StockCommit commit) {
		return new CommitResponse(commit.orderId(), commit.status().name(), commit.lines());
	}

}
