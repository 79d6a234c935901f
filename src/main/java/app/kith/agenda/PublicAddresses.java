package app.kith.agenda;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Where a hosted Kith may fetch a calendar from: hosts whose every address is public. A member of a
 * shared server must not make it read the server's own network (its database, a cloud's metadata
 * service, a router) by subscribing to {@code http://10.0.0.5/} or a name that resolves there.
 */
final class PublicAddresses {

    private PublicAddresses() {
    }

    /**
     * The host's addresses, each checked; a refusal names the host. The JVM keeps a successful lookup
     * (30 seconds unless {@code networkaddress.cache.ttl} says otherwise), so the connection made
     * right after goes to an address checked here, not to what a rebinding name answers next.
     */
    static InetAddress[] checked(String host, Predicate<InetAddress> fetchable) throws UnknownHostException, Refused {
        InetAddress[] all = InetAddress.getAllByName(host);
        for (InetAddress address : all) {
            if (!fetchable.test(address)) {
                throw new Refused(host.toLowerCase(Locale.ROOT), address.getHostAddress());
            }
        }
        return all;
    }

    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT, 100.64.0.0/10
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (a instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc; // fc00::/7
            boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                    && (b[3] & 0xff) == 0x9b; // 64:ff9b::/96 carries an IPv4 address: judge that one
            if (nat64) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return !uniqueLocal;
        }
        return false;
    }

    /** A host that is, or resolves to, an address of a private network, this machine or no one. */
    static final class Refused extends Exception {

        private final String host;
        private final String address;

        Refused(String host, String address) {
            super(host + " is " + (host.equals(address) ? "" : "at " + address + ", ")
                    + "a private, loopback or link-local address, which this Kith does not fetch calendars from");
            this.host = host;
            this.address = address;
        }

        String host() {
            return host;
        }

        String address() {
            return address;
        }
    }
}
