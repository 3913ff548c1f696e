package shop.fulfillment.shipping;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.common.util.Ids;
import shop.common.web.ShopException;

/**
 * The admins' shipping rules. Rules are deleted for good (DESIGN §6).
 */
@Service
public class ShippingRuleService {

	private final ShippingRuleRepository rules;

	private final Clock clock;

	public ShippingRuleService(ShippingRuleRepository rules, Clock clock) {
		this.rules = rules;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<ShippingRule> list(Pageable pageable) {
		return this.rules.findOrdered(pageable);
	}

	@Transactional(readOnly = true)
	public ShippingRule find(UUID id) {
		return this.rules.findById(id).orElseThrow(() -> ShopException.notFound("Shipping rule", id));
	}

	@Transactional
	public ShippingRule create(ShippingRuleSpec spec) {
		return this.rules.save(new ShippingRule(Ids.newId(this.clock), spec, this.clock.instant()));
	}

	@Transactional
	public ShippingRule update(UUID id, ShippingRuleSpec spec) {
		ShippingRule rule = this.rules.findById(id).orElseThrow(() -> ShopException.notFound("Shipping rule", id));
		rule.update(spec, this.clock.instant());
		return rule;
	}

	@Transactional
	public void delete(UUID id) {
		ShippingRule rule = this.rules.findById(id).orElseThrow(() -> ShopException.notFound("Shipping rule", id));
		this.rules.delete(rule);
	}

}
