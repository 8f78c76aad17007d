package org.opentvs.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginAddressesTest {

    @Test
    void ipv4StaysAndIpv6IsKeyedByItsSlash64() {
        assertEquals("192.0.2.7", LoginAddresses.key("192.0.2.7"));
        assertEquals("2001:db8:0:1::", LoginAddresses.key("2001:db8:0:1:aaaa:bbbb:cccc:dddd"));
        assertEquals("2001:db8:0:1::", LoginAddresses.key("2001:db8::1:1234:0:0:1"));
        assertEquals("0:0:0:0::", LoginAddresses.key("0:0:0:0:0:0:0:1"));
    }
}
