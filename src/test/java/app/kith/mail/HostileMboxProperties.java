package app.kith.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Hostile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An mbox file with broken headers, bodies and separators is read message by message as far as it
 * goes: never a failure, never more messages than "From " lines, and every envelope well formed.
 */
class HostileMboxProperties {

    private static final String MBOX = """
            From ada@example.com Thu Jan  1 00:00:00 2025
            From: Ada Lovelace <ada@example.com>
            To: me@example.com, "Grace, H." <grace@example.com>
            Cc: =?utf-8?B?Sm9zw6k=?= <jose@example.com>
            Date: Wed, 1 Jan 2025 12:00:00 +0000
            Message-ID: <one@example.com>
            Subject: =?iso-8859-1?Q?caf=E9?=
            X-Gmail-Labels: Sent,Important

            Hello,
            >From the body, quoted.

            From me@example.com Thu Jan  2 00:00:00 2025
            From: me@example.com
            To: ada@example.com
            Date: Thu, 2 Jan 2025 09:00:00 +0100
            Message-ID: <two@example.com>
            List-Unsubscribe: <mailto:unsub@example.com>
            Subject: folded
             over a line

            body
            """;

    @Property(tries = 100)
    void aDamagedMboxIsReadAsFarAsItGoes(@ForAll("mboxes") byte[] file) throws IOException {
        List<Envelope> read = new ArrayList<>();
        int count = MboxReader.read(new ByteArrayInputStream(file), ZoneId.of("UTC"), read::add);

        assertThat(read).hasSize(count);
        assertThat(count).isLessThanOrEqualTo(separators(file));
        assertThat(read).allSatisfy(e -> assertThat(e.recipients()).isNotNull());
    }

    @Provide
    Arbitrary<byte[]> mboxes() {
        return Hostile.files(MBOX, MBOX.replace("\n", "\r\n"));
    }

    /** Lines that start with "From " (a message can only start at one). */
    private static int separators(byte[] file) {
        int n = 0;
        for (int i = 0; i + 5 <= file.length; i++) {
            if ((i == 0 || file[i - 1] == '\n') && file[i] == 'F' && file[i + 1] == 'r' && file[i + 2] == 'o'
                    && file[i + 3] == 'm' && file[i + 4] == ' ') {
                n++;
            }
        }
        return n;
    }
}
