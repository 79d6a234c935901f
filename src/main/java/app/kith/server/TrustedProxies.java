package app.kith.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} headers Kith
 * believes ({@code kith serve --behind-proxy}, {@code KITH_TRUSTED_PROXIES}): none unless the
 * operator names them, since any client can send those headers. Addresses, not names: a name
 * would be looked up once, and a proxy that moves would be trusted at its old address.
 */
public record TrustedProxies(List<String> addresses) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f.:]*:[0-9A-Fa-f.:]*");

    /** Comma- or space-separated IP addresses; blank for none. */
    public static TrustedProxies parse(String text) {
        List<String> addresses = new ArrayList<>();
        if (text != null) {
            for (String item : text.split("[,\\s]+")) {
                if (!item.isEmpty()) {
                    addresses.add(address(item));
                }
            }
        }
        return new TrustedProxies(List.copyOf(addresses));
    }

    public boolean none() {
        return addresses.isEmpty();
    }

    /** The addresses as a pattern of exact matches, as the servlet container matches a connection's address. */
    String pattern() {
        return addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    // The container writes a connection's address as InetAddress does (IPv6 in full, unabridged),
    // so each address is written that way too: "::1" then matches "0:0:0:0:0:0:0:1". Only
    // literals reach InetAddress, which then parses them and looks nothing up.
    private static String address(String item) {
        try {
            if (IPV4.matcher(item).matches()) {
                String[] parts = item.split("\\.");
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int part = Integer.parseInt(parts[i]);
                    if (part > 255) {
                        throw notAnAddress(item, null);
                    }
                    bytes[i] = (byte) part;
                }
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            if (IPV6.matcher(item).matches()) {
                return InetAddress.getByName(item).getHostAddress();
            }
        } catch (UnknownHostException e) {
            throw notAnAddress(item, e);
        }
        throw notAnAddress(item, null);
    }

    private static IllegalArgumentException notAnAddress(String item, Exception cause) {
        return new IllegalArgumentException("\"" + item + "\" is not an IP address; give the proxy's address, "
                + "like 127.0.0.1 or ::1", cause);
    }
}
