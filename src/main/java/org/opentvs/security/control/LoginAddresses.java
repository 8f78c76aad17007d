package org.opentvs.security.control;

/**
 * The source-address key of the login throttle: an IPv4 address as it is, an IPv6 address by its
 * /64 network (one subscriber's allocation, so a host cannot escape its lock by changing its
 * interface identifier; the key is the network's address, e.g. {@code 2001:db8:0:1::}).
 */
final class LoginAddresses {

    private LoginAddresses() {
    }

    static String key(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                sb.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return sb.append(":").toString();
        } catch (java.net.UnknownHostException e) {
            return address;
        }
    }
}
