package shop.fleet.demo;

/**
 * A category of the demo catalog.
 *
 * @param slug its slug
 * @param name its name
 * @param parentSlug its parent's slug, {@code null} for a root
 */
public record DemoCategory(String slug, String name, String parentSlug) {

}
