package shop.orders;

import org.junit.jupiter.api.Test;

import shop.common.test.ShopArchitecture;

class ArchitectureTests {

	@Test
	void keepsTheHouseRules() {
		ShopArchitecture.check("shop.orders");
	}

}
