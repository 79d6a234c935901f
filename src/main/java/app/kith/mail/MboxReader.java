package app.kith.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MailDateFormat;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.ParseException;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * An mbox file (Thunderbird, Apple Mail, Google Takeout), streamed: each message's header block
 * is read and handed on as an {@link Envelope}; bodies are skipped line by line, never held, so a
 * file of any size reads in little memory. A message Google Takeout labels "Sent" is yours.
 */
final class MboxReader {

    /** A header block longer than this is cut: no honest one is. */
    private static final int MOST_HEADER_BYTES = 256 * 1024;

    private MboxReader() {
    }

    static int read(InputStream raw, ZoneId zone, Consumer<Envelope> each) throws IOException {
        InputStream in = new BufferedInputStream(raw, 64 * 1024);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean inHeaders = false;
        boolean afterBlank = true;
        int count = 0;
        while (readLine(in, line)) {
            byte[] bytes = line.toByteArray();
            boolean blank = bytes.length == 0 || (bytes.length == 1 && bytes[0] == '\r');
            if (afterBlank && startsWithFrom(bytes)) {
                if (inHeaders) { // a message that was all headers
                    each.accept(envelope(header.toByteArray(), zone));
                    count++;
                }
                header.reset();
                inHeaders = true;
            } else if (inHeaders) {
                if (blank) {
                    each.accept(envelope(header.toByteArray(), zone));
                    count++;
                    inHeaders = false;
                } else if (header.size() < MOST_HEADER_BYTES) {
                    header.write(bytes);
                    header.write('\n');
                }
            }
            afterBlank = blank;
        }
        if (inHeaders && header.size() > 0) {
            each.accept(envelope(header.toByteArray(), zone));
            count++;
        }
        return count;
    }

    private static boolean readLine(InputStream in, ByteArrayOutputStream line) throws IOException {
        line.reset();
        int b = in.read();
        if (b < 0) {
            return false;
        }
        while (b >= 0 && b != '\n') {
            if (line.size() < MOST_HEADER_BYTES) { // a body's endless line is skipped, not held
                line.write(b);
            }
            b = in.read();
        }
        return true;
    }

    private static boolean startsWithFrom(byte[] b) {
        return b.length >= 5 && b[0] == 'F' && b[1] == 'r' && b[2] == 'o' && b[3] == 'm' && b[4] == ' ';
    }

    static Envelope envelope(byte[] block, ZoneId zone) {
        try {
            InternetHeaders h = new InternetHeaders(new ByteArrayInputStream(block));
            String labels = h.getHeader("X-Gmail-Labels", ",");
            boolean sent = labels != null && ("," + labels.toLowerCase(Locale.ROOT).replace(" ", "") + ",").contains(",sent,");
            return Headers.envelope(h.getHeader("Message-ID", null), addresses(h, "From"), addresses(h, "To"),
                    addresses(h, "Cc"), date(h.getHeader("Date", null)),
                    Headers.bulk(h.getHeader("List-Unsubscribe", null), h.getHeader("List-Id", null),
                            h.getHeader("Precedence", null)), sent, zone);
        } catch (MessagingException e) {
            return new Envelope(null, java.util.List.of(), java.util.List.of(), null, false, false);
        }
    }

    private static InternetAddress[] addresses(InternetHeaders h, String name) {
        String value = h.getHeader(name, ",");
        if (value == null) {
            return null;
        }
        try {
            return InternetAddress.parseHeader(value, false);
        } catch (MessagingException e) {
            return null;
        }
    }

    private static Date date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new MailDateFormat().parse(value.strip());
        } catch (ParseException e) {
            return null;
        }
    }
}
