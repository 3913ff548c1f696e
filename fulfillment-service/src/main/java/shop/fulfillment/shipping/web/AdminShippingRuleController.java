package shop.fulfillment.shipping.web;

import java.util.UUID;

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
class AdminShippingRuleController {

	private final ShippingRuleService rules;

	AdminShippingRuleController(ShippingRuleService rules) {
		this.rules = rules;
	}

	@GetMapping("/api/admin/shipping-rules")
	PageResponse<ShippingRuleResponse> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(page, size);
		return PageResponse.of(this.rules.list(query.pageable(Sort.unsorted())), ShippingRuleResponse::of);
	}

	@GetMapping("/api/admin/shipping-rules/{ruleId}")
	ShippingRuleResponse get(@PathVariable UUID ruleId) {
		return ShippingRuleResponse.of(this.rules.find(ruleId));
	}

	@PostMapping("/api/admin/shipping-rules")
	@ResponseStatus(HttpStatus.CREATED)
	ShippingRuleResponse create(@Valid @RequestBody ShippingRuleRequest request) {
		return ShippingRuleResponse.of(this.rules.create(request.spec()));
	}

	@PutMapping("/api/admin/shipping-rules/{ruleId}")
	ShippingRuleResponse update(@PathVariable UUID ruleId, @Valid @RequestBody ShippingRuleRequest request) {
		return ShippingRuleResponse.of(this.rules.update(ruleId, request.spec()));
	}

	@DeleteMapping("/api/admin/shipping-rules/{ruleId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID ruleId) {
		this.rules.delete(ruleId);
	}

}
