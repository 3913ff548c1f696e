package shop.fleet.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a wholesale electronics catalog: laptops, workstations, phones, monitors,
 * networking, storage and accessories with plausible brands, model names, attributes,
 * weights, prices and stock levels (about one product in twelve out of stock, one in
 * eight low). The same arguments always give the same products, so a catalog can be
 * loaded again or compared.
 */
public final class DemoCatalogGenerator {

	/**
	 * Products in the demo catalog.
	 */
	public static final int DEMO_SIZE = 600;

	/**
	 * Products in the benchmark catalog.
	 */
	public static final int BENCHMARK_SIZE = 100_000;

	private static final long DEMO_SEED = 20_260_101L;

	private static final List<DemoCategory> CATEGORIES = List.of(new DemoCategory("computers", "Computers", null),
			new DemoCategory("laptops", "Laptops", "computers"),
			new DemoCategory("workstations", "Workstations", "computers"), new DemoCategory("phones", "Phones", null),
			new DemoCategory("smartphones", "Smartphones", "phones"),
			new DemoCategory("rugged-phones", "Rugged phones", "phones"),
			new DemoCategory("monitors", "Monitors", null), new DemoCategory("networking", "Networking", null),
			new DemoCategory("routers", "Routers", "networking"),
			new DemoCategory("switches", "Switches", "networking"),
			new DemoCategory("access-points", "Access points", "networking"),
			new DemoCategory("storage", "Storage", null), new DemoCategory("ssds", "SSDs", "storage"),
			new DemoCategory("hard-drives", "Hard drives", "storage"), new DemoCategory("nas", "NAS", "storage"),
			new DemoCategory("accessories", "Accessories", null),
			new DemoCategory("keyboards", "Keyboards", "accessories"), new DemoCategory("mice", "Mice", "accessories"),
			new DemoCategory("cables", "Cables", "accessories"),
			new DemoCategory("docking-stations", "Docking stations", "accessories"),
			new DemoCategory("headsets", "Headsets", "accessories"));

	/**
	 * How often each kind appears, out of 100.
	 */
	private static final int[] WEIGHTS = { 16, 4, 12, 3, 12, 5, 4, 3, 7, 4, 2, 5, 5, 6, 5, 7 };

	private DemoCatalogGenerator() {
	}

	/**
	 * The category tree, parents before children.
	 */
	public static List<DemoCategory> categories() {
		return CATEGORIES;
	}

	/**
	 * The demo catalog: {@value #DEMO_SIZE} products.
	 */
	public static List<DemoProduct> demo() {
		return generate(DEMO_SIZE, "DM", DEMO_SEED);
	}

	/**
	 * A benchmark catalog of {@code count} products, whose SKUs never collide with the
	 * demo catalog's.
	 */
	public static List<DemoProduct> benchmark(int count) {
		return generate(count, "BM", DEMO_SEED + 1);
	}

	/**
	 * {@code count} products whose SKUs start with {@code prefix}.
	 */
	public static List<DemoProduct> generate(int count, String prefix, long seed) {
		List<DemoProduct> products = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			products.add(product(prefix, i, new SplittableRandom(seed * 1_000_003L + i)));
		}
		return products;
	}

	private static DemoProduct product(String prefix, int index, SplittableRandom random) {
		int kind = kind(random.nextInt(100));
		Spec spec = switch (kind) {
			case 0 -> laptop(random);
			case 1 -> workstation(random);
			case 2 -> smartphone(random);
			case 3 -> ruggedPhone(random);
			case 4 -> monitor(random);
			case 5 -> router(random);
			case 6 -> networkSwitch(random);
			case 7 -> accessPoint(random);
			case 8 -> ssd(random);
			case 9 -> hardDrive(random);
			case 10 -> nas(random);
			case 11 -> keyboard(random);
			case 12 -> mouse(random);
			case 13 -> cable(random);
			case 14 -> dock(random);
			default -> headset(random);
		};
		String sku = String.format(Locale.ROOT, "%s-%s-%s-%06d", prefix, spec.code(), code(spec.brand()), index);
		int onHand = stock(random);
		int threshold = (spec.price().compareTo(BigDecimal.valueOf(100)) < 0) ? 20 : 5;
		if (onHand > 0 && random.nextInt(8) == 0) {
			onHand = 1 + random.nextInt(threshold);
		}
		String image = "https://images.wholesale-shop.dev/products/" + sku.toLowerCase(Locale.ROOT);
		return new DemoProduct(sku, spec.name(), spec.brand(), spec.category(), spec.description(), spec.attributes(),
				List.of(image + "-front.jpg", image + "-side.jpg"), spec.weightGrams(), spec.price(), onHand,
				threshold);
	}

	private static int kind(int roll) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += WEIGHTS[i];
			if (roll < sum) {
				return i;
			}
		}
		return WEIGHTS.length - 1;
	}

	private static int stock(SplittableRandom random) {
		int roll = random.nextInt(100);
		if (roll < 8) {
			return 0;
		}
		return (roll < 70) ? 10 + random.nextInt(150) : 150 + random.nextInt(1200);
	}

	private static Spec laptop(SplittableRandom r) {
		String[][] lines = { { "Lenovo", "ThinkPad E14", "ThinkPad T14s", "ThinkBook 16", "IdeaPad Slim 5" },
				{ "Dell", "Latitude 5450", "Latitude 7450", "Vostro 3530", "XPS 14" },
				{ "HP", "ProBook 450 G10", "EliteBook 840 G11", "ZBook Firefly 14" },
				{ "ASUS", "ExpertBook B5", "Vivobook 15", "Zenbook 14 OLED" },
				{ "Acer", "TravelMate P4", "Swift Go 14" },
				{ "Apple", "MacBook Air 13", "MacBook Air 15", "MacBook Pro 14" } };
		String[] line = pick(r, lines);
		String brand = line[0];
		String model = line[1 + r.nextInt(line.length - 1)];
		String cpu = brand.equals("Apple") ? pick(r, "Apple M3", "Apple M3 Pro", "Apple M4")
				: pick(r, "Intel Core i5-1335U", "Intel Core i7-1355U", "Intel Core Ultra 5 125U",
						"Intel Core Ultra 7 155H", "AMD Ryzen 5 7530U", "AMD Ryzen 7 7840U");
		int ram = pickInt(r, 8, 16, 16, 32);
		int storage = pickInt(r, 256, 512, 512, 1024);
		String screen = pick(r, "13.3", "14", "14", "15.6", "16");
		String color = pick(r, "black", "silver", "grey");
		BigDecimal price = price(r, 549 + ram * 18 + storage / 4 + (brand.equals("Apple") ? 350 : 0), 180);
		Map<String, String> attributes = attributes("cpu", cpu, "ram", ram + "GB", "storage",
				storageLabel(storage) + " SSD", "screen", screen + "\"", "color", color, "os",
				brand.equals("Apple") ? "macOS" : pick(r, "Windows 11 Pro", "Windows 11 Home"));
		return new Spec("laptops", "LAP", brand,
				brand + " " + model + " " + screen + "\" " + cpu.replace("Intel ", "").replace("AMD ", "") + " " + ram
						+ "GB " + storageLabel(storage),
				"Business laptop with a " + screen + "-inch display, " + cpu + ", " + ram + " GB memory and a "
						+ storageLabel(storage) + " SSD. Sold in cartons of 5.",
				attributes, 1200 + r.nextInt(900), price);
	}

	private static Spec workstation(SplittableRandom r) {
		String brand = pick(r, "Dell", "HP", "Lenovo");
		String model = switch (brand) {
			case "Dell" -> pick(r, "Precision 3680 Tower", "Precision 5860 Tower");
			case "HP" -> pick(r, "Z2 G9 Tower", "Z4 G5");
			default -> pick(r, "ThinkStation P3 Tower", "ThinkStation P5");
		};
		String cpu = pick(r, "Intel Core i9-14900K", "Intel Xeon W-2445", "Intel Xeon W-2465");
		int ram = pickInt(r, 32, 64, 128);
		String gpu = pick(r, "NVIDIA RTX A2000", "NVIDIA RTX 4000 Ada", "NVIDIA RTX A4500");
		return new Spec("workstations", "WKS", brand,
				brand + " " + model + " " + ram + "GB " + gpu.replace("NVIDIA ", ""),
				"Workstation for CAD and rendering: " + cpu + ", " + ram + " GB ECC memory, " + gpu + ".",
				attributes("cpu", cpu, "ram", ram + "GB", "gpu", gpu, "storage", "2TB SSD"), 9000 + r.nextInt(6000),
				price(r, 1600 + ram * 20, 600));
	}

	private static Spec smartphone(SplittableRandom r) {
		String[][] lines = { { "Samsung", "Galaxy S24", "Galaxy S24+", "Galaxy A55", "Galaxy A35", "Galaxy XCover7" },
				{ "Apple", "iPhone 15", "iPhone 15 Pro", "iPhone 16", "iPhone 16 Pro" },
				{ "Google", "Pixel 8a", "Pixel 9", "Pixel 9 Pro" }, { "Motorola", "moto g84", "edge 50 pro" },
				{ "Nokia", "G42", "XR21" }, { "Fairphone", "Fairphone 5" } };
		String[] line = pick(r, lines);
		String model = line[1 + r.nextInt(line.length - 1)];
		int storage = pickInt(r, 128, 256, 512);
		String color = pick(r, "black", "white", "blue", "green", "titanium");
		boolean premium = model.contains("Pro") || model.contains("S24") || model.contains("9");
		BigDecimal price = price(r, (premium ? 799 : 299) + storage / 2, 120);
		return new Spec("smartphones", "PHN", line[0],
				line[0] + " " + model + " " + storage + "GB " + capitalised(color),
				"Unlocked 5G smartphone with " + storage + " GB storage, dual SIM, business-ready security updates.",
				attributes("storage", storage + "GB", "color", color, "network", "5G", "screen",
						pick(r, "6.1", "6.2", "6.5", "6.7") + "\"", "dualSim", "yes"),
				170 + r.nextInt(60), price);
	}

	private static Spec ruggedPhone(SplittableRandom r) {
		String brand = pick(r, "Samsung", "CAT", "Crosscall", "Ulefone");
		String model = switch (brand) {
			case "Samsung" -> "Galaxy XCover6 Pro";
			case "CAT" -> pick(r, "S75", "S53");
			case "Crosscall" -> pick(r, "Stellar-X5", "Core-Z5");
			default -> pick(r, "Armor 24", "Armor X13");
		};
		return new Spec("rugged-phones", "RUG", brand, brand + " " + model + " Rugged 5G",
				"Drop-proof, waterproof phone for warehouses and field work; glove-ready touchscreen.",
				attributes("ip", pick(r, "IP68", "IP68/IP69K"), "battery", pick(r, "4050", "5000", "9600") + "mAh",
						"milStd", "810H", "network", "5G"),
				250 + r.nextInt(120), price(r, 379, 160));
	}

	private static Spec monitor(SplittableRandom r) {
		String brand = pick(r, "Dell", "LG", "Samsung", "BenQ", "ASUS", "Philips", "iiyama", "EIZO");
		int size = pickInt(r, 24, 27, 27, 32, 34);
		String resolution = (size == 34) ? "UWQHD" : pick(r, "FHD", "QHD", "QHD", "4K UHD");
		String panel = pick(r, "IPS", "IPS", "VA", "OLED");
		int hz = pickInt(r, 60, 75, 100, 144, 165);
		String series = switch (brand) {
			case "Dell" -> pick(r, "P", "U", "S");
			case "LG" -> pick(r, "UltraFine ", "UltraGear ", "");
			case "Samsung" -> pick(r, "ViewFinity S", "Odyssey G", "Essential S");
			default -> "";
		};
		String model = series + size + String.format(Locale.ROOT, "%02d", r.nextInt(100))
				+ pick(r, "Q", "QE", "U", "H", "");
		int base = 99 + (size - 24) * 25 + (resolution.equals("4K UHD") ? 180 : 0) + (panel.equals("OLED") ? 450 : 0)
				+ (hz > 100 ? 60 : 0);
		return new Spec("monitors", "MON", brand, brand + " " + model + " " + size + "\" " + resolution + " " + panel,
				size + "-inch " + panel + " monitor, " + resolution + " at " + hz
						+ " Hz, height-adjustable stand, USB-C and DisplayPort.",
				attributes("size", size + "\"", "resolution", resolution, "panel", panel, "refreshRate", hz + "Hz",
						"usbC", pick(r, "yes", "no")),
				3500 + (size - 24) * 450 + r.nextInt(1500), price(r, base, 60));
	}

	private static Spec router(SplittableRandom r) {
		String brand = pick(r, "TP-Link", "Netgear", "ASUS", "AVM", "Ubiquiti", "MikroTik");
		String wifi = pick(r, "Wi-Fi 6", "Wi-Fi 6E", "Wi-Fi 7");
		String model = switch (brand) {
			case "TP-Link" -> pick(r, "Archer AX55", "Archer BE800", "ER605");
			case "Netgear" -> pick(r, "Nighthawk RAX50", "Orbi 960", "BR500");
			case "AVM" -> pick(r, "FRITZ!Box 7590 AX", "FRITZ!Box 5690 Pro");
			case "Ubiquiti" -> pick(r, "Dream Router", "Cloud Gateway Ultra");
			case "MikroTik" -> pick(r, "hAP ax3", "RB5009");
			default -> pick(r, "RT-AX88U Pro", "ZenWiFi BQ16");
		};
		return new Spec("routers", "RTR", brand, brand + " " + model + " " + wifi + " Router",
				wifi + " business router with VPN, VLANs and a 2.5 GbE WAN port.",
				attributes("wifi", wifi, "wanPort", pick(r, "1GbE", "2.5GbE", "10GbE"), "lanPorts",
						String.valueOf(pickInt(r, 4, 5, 8)), "vpn", "yes"),
				600 + r.nextInt(900), price(r, wifi.equals("Wi-Fi 7") ? 349 : 129, 90));
	}

	private static Spec networkSwitch(SplittableRandom r) {
		String brand = pick(r, "Cisco", "Netgear", "TP-Link", "Ubiquiti", "HPE Aruba", "Zyxel");
		int ports = pickInt(r, 8, 16, 24, 48);
		boolean poe = r.nextBoolean();
		boolean managed = r.nextInt(3) > 0;
		return new Spec("switches", "SWI", brand,
				brand + " " + ports + "-Port Gigabit " + (managed ? "Managed " : "Unmanaged ") + (poe ? "PoE+ " : "")
						+ "Switch",
				ports + "-port Gigabit switch" + (poe ? " with PoE+ for cameras and access points" : "")
						+ (managed ? ", VLAN and QoS management" : "") + ", rack-mountable.",
				attributes("ports", String.valueOf(ports), "poe", poe ? "PoE+" : "none", "managed",
						managed ? "yes" : "no", "uplinks", pick(r, "2x SFP", "4x SFP+", "none")),
				800 + ports * 60, price(r, 39 + ports * (poe ? 11 : 5) + (managed ? 60 : 0), 40));
	}

	private static Spec accessPoint(SplittableRandom r) {
		String brand = pick(r, "Ubiquiti", "TP-Link", "Cisco", "HPE Aruba", "Netgear");
		String wifi = pick(r, "Wi-Fi 6", "Wi-Fi 6E", "Wi-Fi 7");
		return new Spec("access-points", "WAP", brand,
				brand + " " + pick(r, "U6", "EAP", "CW", "AP", "WAX") + (600 + r.nextInt(400)) + " " + wifi
						+ " Ceiling Access Point",
				"Ceiling-mount " + wifi + " access point powered over Ethernet, for offices and warehouses.",
				attributes("wifi", wifi, "poe", "802.3at", "mount", "ceiling", "clients",
						String.valueOf(pickInt(r, 200, 300, 500))),
				450 + r.nextInt(400), price(r, wifi.equals("Wi-Fi 7") ? 229 : 109, 70));
	}

	private static Spec ssd(SplittableRandom r) {
		String brand = pick(r, "Samsung", "WD", "Crucial", "Kingston", "Seagate", "SK hynix");
		int capacity = pickInt(r, 500, 1000, 2000, 4000);
		boolean nvme = r.nextInt(4) > 0;
		String model = switch (brand) {
			case "Samsung" -> nvme ? pick(r, "990 PRO", "990 EVO") : "870 EVO";
			case "WD" -> nvme ? pick(r, "Black SN850X", "Blue SN580") : "Red SA500";
			case "Crucial" -> nvme ? pick(r, "T500", "P3 Plus") : "MX500";
			case "Kingston" -> nvme ? pick(r, "KC3000", "NV2") : "A400";
			case "Seagate" -> nvme ? "FireCuda 530" : "IronWolf 125";
			default -> nvme ? "Platinum P41" : "Gold S31";
		};
		return new Spec("ssds", "SSD", brand,
				brand + " " + model + " " + storageLabel(capacity) + " " + (nvme ? "NVMe M.2" : "SATA 2.5\"") + " SSD",
				storageLabel(capacity) + (nvme ? " PCIe 4.0 NVMe M.2 2280" : " SATA 2.5-inch")
						+ " solid-state drive, 5-year warranty.",
				attributes("capacity", storageLabel(capacity), "interface", nvme ? "NVMe PCIe 4.0" : "SATA III",
						"formFactor", nvme ? "M.2 2280" : "2.5\""),
				nvme ? 10 : 50, price(r, 29 + capacity / 1000 * (nvme ? 62 : 48), 20));
	}

	private static Spec hardDrive(SplittableRandom r) {
		String brand = pick(r, "Seagate", "WD", "Toshiba");
		int terabytes = pickInt(r, 2, 4, 8, 12, 16, 20);
		String line = switch (brand) {
			case "Seagate" -> pick(r, "IronWolf", "IronWolf Pro", "Exos X20", "BarraCuda");
			case "WD" -> pick(r, "Red Plus", "Red Pro", "Purple", "Gold");
			default -> pick(r, "N300", "MG10", "X300");
		};
		return new Spec("hard-drives", "HDD", brand, brand + " " + line + " " + terabytes + "TB 3.5\" HDD",
				terabytes + " TB 3.5-inch hard drive for NAS and servers, rated for 24/7 operation.",
				attributes("capacity", terabytes + "TB", "rpm", String.valueOf(pickInt(r, 5400, 7200)), "cache",
						pickInt(r, 128, 256, 512) + "MB", "interface", "SATA III"),
				450 + r.nextInt(300), price(r, 49 + terabytes * 17, 25));
	}

	private static Spec nas(SplittableRandom r) {
		String brand = pick(r, "Synology", "QNAP", "Asustor", "TerraMaster");
		int bays = pickInt(r, 2, 4, 4, 6, 8);
		return new Spec("nas", "NAS", brand,
				brand + " " + pick(r, "DiskStation DS", "TS-", "AS", "F") + bays
						+ String.format(Locale.ROOT, "%02d", r.nextInt(30)) + pick(r, "+", "", " Pro") + " " + bays
						+ "-Bay NAS (diskless)",
				bays + "-bay network storage for office backups and file sharing, drives sold separately.",
				attributes("bays", String.valueOf(bays), "ram", pickInt(r, 2, 4, 8) + "GB", "network",
						pick(r, "2x 1GbE", "2x 2.5GbE", "10GbE")),
				1800 + bays * 500, price(r, 149 + bays * 95, 80));
	}

	private static Spec keyboard(SplittableRandom r) {
		String brand = pick(r, "Logitech", "Cherry", "Keychron", "Microsoft", "Dell");
		String layout = pick(r, "US", "UK", "DE", "FR", "Nordic");
		boolean wireless = r.nextBoolean();
		return new Spec("keyboards", "KBD", brand,
				brand + " " + pick(r, "MX Keys", "KC 6000", "K8 Pro", "Ergonomic", "KB700", "Stream", "Signature K650")
						+ " " + (wireless ? "Wireless" : "Wired") + " Keyboard (" + layout + ")",
				"Full-size office keyboard, " + layout + " layout, "
						+ (wireless ? "Bluetooth and USB receiver." : "USB-C cable."),
				attributes("layout", layout, "connection", wireless ? "wireless" : "wired", "switches",
						pick(r, "scissor", "membrane", "mechanical"), "color", pick(r, "black", "white", "grey")),
				500 + r.nextInt(600), price(r, wireless ? 59 : 29, 45));
	}

	private static Spec mouse(SplittableRandom r) {
		String brand = pick(r, "Logitech", "Microsoft", "Razer", "Dell", "HP");
		boolean wireless = r.nextInt(3) > 0;
		return new Spec("mice", "MOU", brand,
				brand + " "
						+ pick(r, "MX Master 3S", "M185", "Lift Vertical", "Bluetooth Ergonomic", "DeathAdder V3",
								"MS3320W", "435")
						+ " " + (wireless ? "Wireless" : "Wired") + " Mouse",
				"Office mouse with " + pickInt(r, 1000, 1600, 4000, 8000) + " DPI sensor"
						+ (wireless ? ", up to 24 months battery life." : ", USB-A cable."),
				attributes("connection", wireless ? "wireless" : "wired", "dpi",
						String.valueOf(pickInt(r, 1000, 1600, 4000, 8000)), "color",
						pick(r, "black", "graphite", "white")),
				70 + r.nextInt(80), price(r, wireless ? 24 : 12, 60));
	}

	private static Spec cable(SplittableRandom r) {
		String brand = pick(r, "Anker", "Belkin", "UGREEN", "StarTech", "Delock", "Goobay");
		String type = pick(r, "USB-C to USB-C 100W", "USB-C to HDMI 2.1", "HDMI 2.1 8K", "DisplayPort 1.4",
				"Cat6a S/FTP Patch", "USB-A to USB-C");
		String length = pick(r, "0.5m", "1m", "2m", "3m", "5m");
		return new Spec("cables", "CBL", brand, brand + " " + type + " Cable " + length,
				type + " cable, " + length + ", packed in bags of 10 for resellers.",
				attributes("type", type, "length", length, "color", pick(r, "black", "white", "grey")),
				40 + r.nextInt(160), price(r, 6, 14));
	}

	private static Spec dock(SplittableRandom r) {
		String brand = pick(r, "Dell", "Lenovo", "HP", "CalDigit", "Anker", "Kensington");
		String standard = pick(r, "USB-C", "Thunderbolt 4", "Thunderbolt 5");
		int watts = pickInt(r, 65, 90, 100, 130);
		return new Spec("docking-stations", "DCK", brand,
				brand + " " + standard + " Dock "
						+ pick(r, "WD22TB4", "Universal", "G5", "TS4", "Prime", "SD5780T", "Pro") + " " + watts + "W",
				standard + " docking station with dual display output, 2.5 GbE and " + watts + " W power delivery.",
				attributes("standard", standard, "powerDelivery", watts + "W", "displays",
						String.valueOf(pickInt(r, 2, 3)), "ethernet", pick(r, "1GbE", "2.5GbE")),
				400 + r.nextInt(500), price(r, standard.equals("USB-C") ? 129 : 229, 80));
	}

	private static Spec headset(SplittableRandom r) {
		String brand = pick(r, "Jabra", "Poly", "Logitech", "Sennheiser", "EPOS", "Sony");
		boolean wireless = r.nextBoolean();
		boolean anc = r.nextBoolean();
		return new Spec("headsets", "HST", brand,
				brand + " "
						+ pick(r, "Evolve2 65", "Voyager Focus 2", "Zone Vibe 125", "SC 660", "Impact 1060",
								"WH-1000XM5")
						+ (wireless ? " Wireless" : " USB") + (anc ? " ANC" : "") + " Headset",
				"Headset certified for Teams and Zoom, " + (anc ? "active noise cancelling, " : "")
						+ (wireless ? "Bluetooth with USB dongle." : "USB-C cable."),
				attributes("connection", wireless ? "wireless" : "wired", "anc", anc ? "yes" : "no", "certified",
						pick(r, "Microsoft Teams", "Zoom", "UC")),
				150 + r.nextInt(200), price(r, 79 + (wireless ? 80 : 0) + (anc ? 70 : 0), 60));
	}

	/**
	 * A wholesale price around {@code base} ({@code ±spread}), ending in .99 or .49.
	 */
	private static BigDecimal price(SplittableRandom r, int base, int spread) {
		int whole = Math.max(2, base - spread + r.nextInt(2 * spread + 1));
		String cents = r.nextBoolean() ? ".99" : ".49";
		return new BigDecimal(whole + cents).setScale(2, RoundingMode.UNNECESSARY);
	}

	private static String storageLabel(int gigabytes) {
		return (gigabytes >= 1000) ? (gigabytes / 1000) + "TB" : gigabytes + "GB";
	}

	private static String code(String brand) {
		String letters = brand.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
		return (letters.length() >= 3) ? letters.substring(0, 3) : (letters + "XXX").substring(0, 3);
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static Map<String, String> attributes(String... keysAndValues) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			attributes.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return attributes;
	}

	@SafeVarargs
	private static <T> T pick(SplittableRandom r, T... options) {
		return options[r.nextInt(options.length)];
	}

	private static int pickInt(SplittableRandom r, int... options) {
		return options[r.nextInt(options.length)];
	}

	private record Spec(String category, String code, String brand, String name, String description,
			Map<String, String> attributes, int weightGrams, BigDecimal price) {

	}

}
