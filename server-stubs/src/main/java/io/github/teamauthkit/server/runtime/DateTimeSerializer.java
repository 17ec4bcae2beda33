package io.github.teamauthkit.server.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.OffsetDateTimeSerializer;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * Writes a {@code date-time} exactly as the Java time module does with the spec's mapping (RFC 3339 in the value's
 * own offset, {@code 2026-11-29T15:21:48.024Z} or {@code …48.024+01:00}, the fraction without trailing zeros and
 * absent when zero), but by hand: the module goes through {@code DateTimeFormatter}, whose fraction printer makes a
 * {@code BigDecimal} per value, 12 % of the reference server's CPU listing a page of 20 secrets (BENCHMARKS.md).
 * Years outside 0000–9999, which need a sign or more digits, are left to the module.
 */
final class DateTimeSerializer extends StdSerializer<OffsetDateTime> {

    private static final long serialVersionUID = 1L;

    DateTimeSerializer() {
        super(OffsetDateTime.class);
    }

    @Override
    public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        LocalDateTime local = value.toLocalDateTime();
        if (local.getYear() < 0 || local.getYear() > 9999) {
            OffsetDateTimeSerializer.INSTANCE.serialize(value, generator, provider);
            return;
        }
        String offset = value.getOffset().getId();
        char[] text = new char[29 + offset.length()];
        int length = digits(text, 0, local.getYear(), 4);
        text[length++] = '-';
        length = digits(text, length, local.getMonthValue(), 2);
        text[length++] = '-';
        length = digits(text, length, local.getDayOfMonth(), 2);
        text[length++] = 'T';
        length = digits(text, length, local.getHour(), 2);
        text[length++] = ':';
        length = digits(text, length, local.getMinute(), 2);
        text[length++] = ':';
        length = digits(text, length, local.getSecond(), 2);
        int nano = local.getNano();
        if (nano != 0) {
            text[length++] = '.';
            int fractionDigits = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                fractionDigits--;
            }
            length = digits(text, length, nano, fractionDigits);
        }
        offset.getChars(0, offset.length(), text, length);
        length += offset.length();
        generator.writeString(text, 0, length);
    }

    /** Writes value in exactly width decimal digits, zero-padded, at offset; returns the offset after them. */
    private static int digits(char[] text, int offset, int value, int width) {
        for (int i = offset + width - 1; i >= offset; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return offset + width;
    }
}
