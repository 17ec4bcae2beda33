package io.github.teamauthkit.reference.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * IP address literals in one spelling, parsed without ever resolving a name: {@link InetAddress#getByName} looks up
 * anything that is not a literal it knows ({@code 1.2.3.4.5} went to {@code /etc/hosts} and DNS).
 */
final class IpLiterals {

    /** The longest IPv6 literal (with an embedded IPv4 address); a longer string is none. */
    private static final int MAX_LENGTH = 45;

    private IpLiterals() {
    }

    /**
     * The address's canonical spelling ({@link InetAddress#getHostAddress()}'s), or null when it is not an IPv4
     * dotted quad (four decimal parts of 0–255 without leading zeros) or an IPv6 literal.
     */
    static String canonical(String address) {
        if (address.isEmpty() || address.length() > MAX_LENGTH) {
            return null;
        }
        if (address.indexOf(':') < 0) {
            return dottedQuad(address);
        }
        if (address.charAt(0) == '.') {
            // The JDK parses a literal only from a string that starts with a hex digit or a colon.
            return null;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (!(c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
                return null;
            }
        }
        try {
            // With a colon in it the JDK parses an IPv6 literal or fails: it never looks such a string up.
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String dottedQuad(String address) {
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || part.length() > 1 && part.charAt(0) == '0'
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(part) > 255) {
                return null;
            }
        }
        return address;
    }
}
