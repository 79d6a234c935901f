package app.kith;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Files and request bodies as an attacker or a broken exporter makes them: a valid example of the
 * format, written in some encoding, then cut, spliced and salted with what breaks parsers (NUL
 * bytes, bytes that are no UTF-8, byte-order marks, unbalanced quotes and brackets, long runs,
 * numbers and nesting deeper than any real file has). Each stays small enough to keep a property
 * fast; the truly enormous inputs are tried once each, by name, in tests of their own.
 */
public final class Hostile {

    private Hostile() {
    }

    /** Something that went wrong with a file, applied to its bytes. */
    private interface Damage {
        byte[] apply(byte[] file, int at);
    }

    private static final List<byte[]> SALT = List.of(
            bytes(0), bytes(0xC3), bytes(0xC3, 0x28), bytes(0xFF, 0xFE), bytes(0xFE, 0xFF), bytes(0xEF, 0xBB, 0xBF),
            bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xC0, 0xAF), bytes(0x80),
            ascii("\""), ascii("\"\"\""), ascii("\r"), ascii("\r\n "), ascii("\n\t"), ascii("\\"), ascii(";;;;"),
            ascii(":"), ascii("="), ascii("=C3="), ascii("=?utf-8?B?!!!?="), ascii("{"), ascii("}"), ascii("["),
            ascii("]"), ascii(","), ascii("null"), ascii("-"), ascii("1e999999"), ascii("-0.0e-99999"),
            ascii("BEGIN:VCARD\r\n"), ascii("END:VCARD\r\n"), ascii("BEGIN:VCALENDAR\r\n"), ascii("BEGIN:VEVENT\r\n"),
            ascii("From \n"), ascii("From x@y Thu Jan  1 00:00:00 2025\n"), ascii("Date: \n"), ascii("From: <>\n"),
            ascii("<!DOCTYPE x [<!ENTITY a \"aaaa\">]>"), ascii("&a;"), ascii("]]>"), ascii("<![CDATA["),
            "\u202e\u0301\ud83d\ude00\u2028\u00e9".getBytes(StandardCharsets.UTF_8),
            "Ren\u00e9e".getBytes(StandardCharsets.ISO_8859_1));

    /** Runs that make one field, line or token far longer than any real one (but no larger than a few hundred KB). */
    private static final List<String> RUNS = List.of("x", "\"", ",", "[", "{\"a\":", "9", " ", "\t", ";", "=", "A");

    /**
     * {@code examples} (valid files of the format) damaged in one to four ways. Shrinks toward an
     * example with less damage, so a failure shows the smallest file that breaks.
     */
    public static Arbitrary<byte[]> files(String... examples) {
        Arbitrary<byte[]> example = Combinators.combine(Arbitraries.of(examples), encodings())
                .as((text, charset) -> encoded(text, charset));
        return Combinators.combine(example, damages().list().ofMinSize(0).ofMaxSize(4),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofSize(4))
                .as((file, damages, places) -> {
                    byte[] out = file;
                    for (int i = 0; i < damages.size(); i++) {
                        out = damages.get(i).apply(out, out.length == 0 ? 0 : places.get(i) % (out.length + 1));
                    }
                    return out;
                });
    }

    private static Arbitrary<Charset> encodings() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(StandardCharsets.UTF_8)),
                Tuple.of(1, Arbitraries.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                        StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1)));
    }

    private static byte[] encoded(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private static Arbitrary<Damage> damages() {
        Arbitrary<Damage> cut = Arbitraries.just((file, at) -> Arrays.copyOf(file, at));
        Arbitrary<Damage> salt = Arbitraries.of(SALT).map(s -> (file, at) -> spliced(file, at, s));
        Arbitrary<Damage> run = Combinators.combine(Arbitraries.of(RUNS), Arbitraries.integers().between(100, 300_000))
                .as((r, n) -> r.repeat(Math.max(1, n / r.length())).getBytes(StandardCharsets.UTF_8))
                .map(r -> (file, at) -> spliced(file, at, r));
        Arbitrary<Damage> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(64).map(b -> (file, at) -> spliced(file, at, b));
        Arbitrary<Damage> repeated = Arbitraries.integers().between(2, 50).map(n -> (file, at) -> {
            byte[] part = Arrays.copyOfRange(file, at, Math.min(file.length, at + 200));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(file, 0, at);
            for (int i = 0; i < n; i++) {
                out.writeBytes(part);
            }
            out.write(file, at, file.length - at);
            return out.toByteArray();
        });
        return Arbitraries.frequencyOf(Tuple.of(2, cut), Tuple.of(6, salt),
                Tuple.of(2, run), Tuple.of(2, noise), Tuple.of(1, repeated));
    }

    private static byte[] spliced(byte[] file, int at, byte[] part) {
        byte[] out = new byte[file.length + part.length];
        System.arraycopy(file, 0, out, 0, at);
        System.arraycopy(part, 0, out, at, part.length);
        System.arraycopy(file, at, out, at + part.length, file.length - at);
        return out;
    }

    /** JSON of any shape: wrong types, deep nesting, huge numbers and strings, duplicate keys. */
    public static Arbitrary<String> json(List<String> fields) {
        return Arbitraries.recursive(() -> scalars(), inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]"),
                Combinators.combine(Arbitraries.of(fields).list().ofMaxSize(5), inner.list().ofSize(5))
                        .as((keys, values) -> {
                            StringBuilder b = new StringBuilder("{");
                            for (int i = 0; i < keys.size(); i++) {
                                b.append(i == 0 ? "" : ",").append('"').append(keys.get(i)).append("\":").append(values.get(i));
                            }
                            return b.append('}').toString();
                        })), 0, 4)
                .flatMap(j -> Arbitraries.frequencyOf(
                        Tuple.of(8, Arbitraries.just(j)),
                        Tuple.of(1, Arbitraries.integers().between(1, j.length()).map(n -> j.substring(0, n))),
                        Tuple.of(1, Arbitraries.integers().between(600, 5_000)
                                .map(n -> "[".repeat(n) + j + "]".repeat(n)))));
    }

    private static Arbitrary<String> scalars() {
        return Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "1.5", "1e999", "-1e-999", "9".repeat(400),
                        "\"\"", "\"   \"", "\"\\u0000\"", "\"\\ud800\"", "\"2026-02-30\"", "\"2026-03-02\"", "\"out\"",
                        "\"email\"", "\"monthly\"", "\"a@b.c\"", "\"<script>\"", "\"x\"", "NaN", "Infinity", "'single'"),
                Arbitraries.integers().between(1, 200_000).map(n -> "\"" + "s".repeat(n) + "\""),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.strings().ofMaxLength(30).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
