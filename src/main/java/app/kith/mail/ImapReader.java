package app.kith.mail;

import app.kith.mail.MailboxRepository.Cursor;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Reads a mailbox's headers over IMAP: the Sent folder (found by its \Sent special-use attribute,
 * else by a common name) and INBOX, each from just after its cursor, in batches that the sink
 * commits with the cursor moved to the batch's last UID. A run cut anywhere leaves every batch
 * either written with its cursor or not at all; a folder whose UIDVALIDITY changed is read again
 * from its first message.
 */
final class ImapReader {

    /** Takes one batch of a folder, and where that folder has now been read up to, in one transaction. */
    interface Sink {
        void batch(String folder, Cursor cursor, List<Envelope> envelopes);
    }

    static final int BATCH = 500;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> SENT_NAMES = List.of("Sent", "Sent Items", "Sent Messages", "Sent Mail",
            "[Gmail]/Sent Mail", "INBOX.Sent", "INBOX/Sent");

    private final Consumer<Store> afterBatch;

    /** {@code afterBatch}: run after each batch is taken (tests cut the connection there). */
    ImapReader(Consumer<Store> afterBatch) {
        this.afterBatch = afterBatch;
    }

    static Store connect(String host, int port, boolean tls, String user, String password) throws MessagingException {
        String protocol = tls ? "imaps" : "imap";
        Properties p = new Properties();
        p.put("mail.store.protocol", protocol);
        p.put("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
        p.put("mail." + protocol + ".timeout", String.valueOf(TIMEOUT.toMillis()));
        if (tls) {
            p.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        Store store = Session.getInstance(p).getStore(protocol);
        store.connect(host, port, user, password);
        return store;
    }

    void read(Store store, Function<String, Optional<Cursor>> cursors, Sink sink, ZoneId zone)
            throws MessagingException {
        Folder sent = sentFolder(store);
        if (sent != null) {
            readFolder(sent, true, cursors, sink, zone);
        }
        readFolder(store.getFolder("INBOX"), false, cursors, sink, zone);
    }

    private void readFolder(Folder folder, boolean sent, Function<String, Optional<Cursor>> cursors, Sink sink,
                            ZoneId zone) throws MessagingException {
        folder.open(Folder.READ_ONLY);
        try {
            UIDFolder uids = (UIDFolder) folder;
            long validity = uids.getUIDValidity();
            String name = folder.getFullName();
            long after = cursors.apply(name).filter(c -> c.uidValidity() == validity).map(Cursor::lastUid).orElse(0L);
            if (folder.getMessageCount() == 0) {
                sink.batch(name, new Cursor(validity, after), List.of());
                return;
            }
            // "UID n:*" names the last message even when its UID is below n: keep only the new ones.
            Message[] found = uids.getMessagesByUID(after + 1, UIDFolder.LASTUID);
            List<Message> fresh = new ArrayList<>();
            for (Message m : found) {
                if (m != null && uids.getUID(m) > after) {
                    fresh.add(m);
                }
            }
            if (fresh.isEmpty()) {
                sink.batch(name, new Cursor(validity, after), List.of());
            }
            for (int from = 0; from < fresh.size(); from += BATCH) {
                Message[] chunk = fresh.subList(from, Math.min(fresh.size(), from + BATCH)).toArray(Message[]::new);
                folder.fetch(chunk, profile());
                List<Envelope> envelopes = new ArrayList<>(chunk.length);
                for (Message m : chunk) {
                    envelopes.add(envelope((MimeMessage) m, sent, zone));
                }
                sink.batch(name, new Cursor(validity, uids.getUID(chunk[chunk.length - 1])), envelopes);
                afterBatch.accept(folder.getStore());
            }
        } finally {
            if (folder.isOpen()) {
                try {
                    folder.close(false);
                } catch (MessagingException e) {
                    // the connection is gone already; what was read is committed
                }
            }
        }
    }

    /** Headers only: the envelope (From, To, Cc, Date, Message-ID), the UID and the three that say "mailing". */
    private static FetchProfile profile() {
        FetchProfile p = new FetchProfile();
        p.add(FetchProfile.Item.ENVELOPE);
        p.add(UIDFolder.FetchProfileItem.UID);
        p.add("List-Unsubscribe");
        p.add("List-Id");
        p.add("Precedence");
        return p;
    }

    private static Envelope envelope(MimeMessage m, boolean sent, ZoneId zone) throws MessagingException {
        return Headers.envelope(m.getMessageID(), m.getFrom(), m.getRecipients(Message.RecipientType.TO),
                m.getRecipients(Message.RecipientType.CC), m.getSentDate() != null ? m.getSentDate() : m.getReceivedDate(),
                Headers.bulk(first(m, "List-Unsubscribe"), first(m, "List-Id"), first(m, "Precedence")), sent, zone);
    }

    private static String first(MimeMessage m, String header) throws MessagingException {
        String[] values = m.getHeader(header);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static Folder sentFolder(Store store) throws MessagingException {
        Folder[] all = store.getDefaultFolder().list("*");
        for (Folder f : all) {
            if (f instanceof IMAPFolder imap && Arrays.asList(imap.getAttributes()).contains("\\Sent")) {
                return f;
            }
        }
        for (String name : SENT_NAMES) {
            for (Folder f : all) {
                if (f.getFullName().equalsIgnoreCase(name)) {
                    return f;
                }
            }
        }
        return null;
    }
}
