package app.kith.audit;

import java.util.List;
import java.util.Map;

/**
 * A User-Agent header cut to what a person recognises ("Firefox on Linux", "curl/8.5.0"): the
 * whole header is long, says little to a reader, and identifies a device more than the log needs.
 */
final class Agents {

    static final int MAX = 60;

    // Order matters: Edge says Chrome and Safari too, Chrome says Safari.
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("Edg/", "Edge"),
            Map.entry("OPR/", "Opera"), Map.entry("Firefox/", "Firefox"), Map.entry("Chrome/", "Chrome"),
            Map.entry("Safari/", "Safari"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("Android", "Android"),
            Map.entry("iPhone", "iPhone"), Map.entry("iPad", "iPad"), Map.entry("Windows", "Windows"),
            Map.entry("Mac OS", "macOS"), Map.entry("CrOS", "ChromeOS"), Map.entry("Linux", "Linux"));

    private Agents() {
    }

    static String shorten(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String browser = first(header, BROWSERS);
        if (browser != null && header.startsWith("Mozilla/")) {
            String system = first(header, SYSTEMS);
            return system == null ? browser : browser + " on " + system;
        }
        String product = header.strip().split("\\s+", 2)[0];
        return product.length() <= MAX ? product : product.substring(0, MAX);
    }

    private static String first(String header, List<Map.Entry<String, String>> names) {
        for (Map.Entry<String, String> name : names) {
            if (header.contains(name.getKey())) {
                return name.getValue();
            }
        }
        return null;
    }
}
