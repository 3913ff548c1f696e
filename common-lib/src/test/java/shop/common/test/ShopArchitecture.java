package shop.common.test;

import java.util.List;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.beans.factory.annotation.Autowired;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * The house rules of STYLE.md, checked the same way in every service: no service imports
 * another service's code, nothing outside a web package depends on one, controllers use
 * only their own feature's repositories, and injection goes through constructors.
 */
public final class ShopArchitecture {

	/**
	 * Root packages of the fleet's deployables; each may use only its own and
	 * {@code shop.common}.
	 */
	public static final List<String> SERVICE_PACKAGES = List.of("shop.auth", "shop.catalog", "shop.pricing",
			"shop.fulfillment", "shop.cart", "shop.payment", "shop.orders", "shop.rating", "shop.realtime", "shop.logs",
			"shop.health", "shop.gateway", "shop.paypal", "shop.fleet");

	private ShopArchitecture() {
	}

	/**
	 * Checks every rule against the production classes under a service's root package.
	 */
	public static void check(String rootPackage) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(rootPackage);
		for (ArchRule rule : rules(rootPackage)) {
			rule.check(classes);
		}
	}

	public static List<ArchRule> rules(String rootPackage) {
		String[] others = SERVICE_PACKAGES.stream()
			.filter((other) -> !other.equals(rootPackage))
			.map((other) -> other + "..")
			.toArray(String[]::new);
		ArchRule isolated = noClasses().that()
			.resideInAPackage(rootPackage + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(others)
			.because("services talk only through HTTP APIs; each keeps its own records of what it reads");
		ArchRule webAtTheEdge = noClasses().that()
			.resideInAPackage(rootPackage + "..")
			.and()
			.resideOutsideOfPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(rootPackage + "..web..")
			.allowEmptyShould(true)
			.because("the web layer depends on the domain, never the other way round");
		ArchRule ownRepositories = classes().that()
			.resideInAPackage(rootPackage + "..")
			.and()
			.haveSimpleNameEndingWith("Controller")
			.should(useOnlyRepositoriesOfTheirFeature())
			.allowEmptyShould(true);
		ArchRule constructorInjection = noFields().that()
			.areDeclaredInClassesThat()
			.resideInAPackage(rootPackage + "..")
			.should()
			.beAnnotatedWith(Autowired.class)
			.allowEmptyShould(true)
			.because("dependencies are final fields set by the one constructor");
		return List.of(isolated, webAtTheEdge, ownRepositories, constructorInjection);
	}

	private static ArchCondition<JavaClass> useOnlyRepositoriesOfTheirFeature() {
		return new ArchCondition<>("use only the repositories of their own feature") {
			@Override
			public void check(JavaClass controller, ConditionEvents events) {
				String feature = featureOf(controller.getPackageName());
				for (Dependency dependency : controller.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					if (target.getSimpleName().endsWith("Repository") && !target.getPackageName().startsWith(feature)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

	private static String featureOf(String packageName) {
		return packageName.endsWith(".web") ? packageName.substring(0, packageName.length() - ".web".length())
				: packageName;
	}

}
