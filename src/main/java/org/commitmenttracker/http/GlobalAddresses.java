package org.commitmenttracker.http;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Which addresses are global unicast, by the IANA special-purpose registries (RFC 6890 and its updates): every other
 * address (loopback, private, shared, link-local, documentation, benchmarking, multicast, reserved) is internal or
 * not routable and no webhook may reach it. IPv4 carried inside IPv6 is judged as the IPv4 address it carries (NAT64
 * 64:ff9b::/96, 6to4 2002::/16); the forms that hide it from that check (IPv4-compatible ::/96, local-use NAT64,
 * Teredo) are refused whole.
 */
final class GlobalAddresses {

    private static final List<Block> NOT_GLOBAL_V4 = blocks("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
            "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.31.196.0/24",
            "192.52.193.0/24", "192.88.99.0/24", "192.168.0.0/16", "192.175.48.0/24", "198.18.0.0/15",
            "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4");
    /** Inside 2000::/3 (the only global unicast space), the blocks that are not global. */
    private static final List<Block> NOT_GLOBAL_V6 = blocks("2001::/23", "2001:db8::/32", "2002::/16",
            "2620:4f:8000::/48", "3fff::/20", "5f00::/16");
    private static final Block NAT64 = block("64:ff9b::/96");
    private static final Block SIX_TO_FOUR = block("2002::/16");

    private GlobalAddresses() {
    }

    static boolean isGlobal(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return NOT_GLOBAL_V4.stream().noneMatch(b -> b.contains(bytes));
        }
        if (NAT64.contains(bytes)) {
            return isGlobal(v4(Arrays.copyOfRange(bytes, 12, 16)));
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return isGlobal(v4(Arrays.copyOfRange(bytes, 2, 6)));
        }
        boolean inGlobalUnicastSpace = (bytes[0] & 0xe0) == 0x20; // 2000::/3
        return inGlobalUnicastSpace && NOT_GLOBAL_V6.stream().noneMatch(b -> b.contains(bytes));
    }

    private static InetAddress v4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<Block> blocks(String... cidrs) {
        return Arrays.stream(cidrs).map(GlobalAddresses::block).toList();
    }

    private static Block block(String cidr) {
        String[] parts = cidr.split("/");
        try {
            return new Block(InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr, e);
        }
    }

    /** A prefix: the first {@code length} bits of {@code prefix}. */
    private record Block(byte[] prefix, int length) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < length; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
