package shop.fulfillment.shipping.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shop.common.web.PageQuery;
import shop.common.web.PageResponse;
import shop.fulfillment.shipping.ShippingRuleService;

/**
 * The admins' shipping rules (role ADMIN, enforced for {@code /api/admin/**}).
 */
@RestController
@Tag(name = "Admin: shipping rules",
		description = "The rules shipping quotes are made of (where, which shipments, carrier, cost, timing), for "
				+ "admins")
class AdminShippingRuleController {

	private static final String RULE_ID = "0195f3d1-4e5f-7a6b-8c7d-9e0f1a2b3c4d";

	private static final String NOT_FOUND = "`NOT_FOUND`: no such shipping rule";

	private final ShippingRuleService rules;

	AdminShippingRuleController(ShippingRuleService rules) {
		this.rules = rules;
	}

	@GetMapping("/api/admin/shipping-rules")
	@Operation(summary = "List shipping rules")
	@ApiResponse(responseCode = "200", description = "One page of rules")
	PageResponse<ShippingRuleResponse> list(
			@Parameter(description = "Zero-based page number",
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = "Rules per page, 20 by default; above 100 counts as 100",
					example = "20") @RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(page, size);
		return PageResponse.of(this.rules.list(query.pageable(Sort.unsorted())), ShippingRuleResponse::of);
	}

	@GetMapping("/api/admin/shipping-rules/{ruleId}")
	@Operation(summary = "One shipping rule")
	@ApiResponse(responseCode = "200", description = "The rule")
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	ShippingRuleResponse get(@Parameter(example = RULE_ID) @PathVariable UUID ruleId) {
		return ShippingRuleResponse.of(this.rules.find(ruleId));
	}

	@PostMapping("/api/admin/shipping-rules")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a shipping rule",
			description = "Applies to the next quote. Every field that is wrong is listed in the 400's errors (an "
					+ "unknown country or currency, a weight or order-value band that is empty, a negative cost, "
					+ "business days outside 0 to 60, a cut-off hour outside 0 to 23).")
	@ApiResponse(responseCode = "201", description = "The new rule")
	ShippingRuleResponse create(@Valid @RequestBody ShippingRuleRequest request) {
		return ShippingRuleResponse.of(this.rules.create(request.spec()));
	}

	@PutMapping("/api/admin/shipping-rules/{ruleId}")
	@Operation(summary = "Replace a shipping rule", description = "Absent optional fields are cleared.")
	@ApiResponse(responseCode = "200", description = "The rule now")
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	ShippingRuleResponse update(@Parameter(example = RULE_ID) @PathVariable UUID ruleId,
			@Valid @RequestBody ShippingRuleRequest request) {
		return ShippingRuleResponse.of(this.rules.update(ruleId, request.spec()));
	}

	@DeleteMapping("/api/admin/shipping-rules/{ruleId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a shipping rule",
			description = "A hard delete; orders already placed keep the shipping they were quoted.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	void delete(@Parameter(example = RULE_ID) @PathVariable UUID ruleId) {
		this.rules.delete(ruleId);
	}

}
