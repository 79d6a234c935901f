package app.kith.server;

import app.kith.db.Database;
import app.kith.db.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Web sessions in the store (Spring Session JDBC; the tables come from our own migrations): a
 * browser signed in on one node is signed in on all, and a node can stop without signing anyone
 * out. Boot's session cookie settings still apply.
 */
@Configuration(proxyBeanMethods = false)
class WebSessions {

    private static final Logger log = LoggerFactory.getLogger(WebSessions.class);

    /** Spring Session's own transactions, on the store's pool (Boot's data-source wiring is off: see ServerWiring). */
    @Bean
    @SpringSessionTransactionManager
    PlatformTransactionManager sessionTransactions(Database database) {
        return new DataSourceTransactionManager(database.dataSource());
    }

    /**
     * On SQLite, a session is read and written outside a transaction: a read then never waits for
     * another program holding the write lock (WAL), and a write that still finds it held past the
     * lock wait is skipped rather than failing a page the store already answered (a 503 that says
     * nothing was saved, or a page that only read); the session keeps its last saved state. On
     * PostgreSQL, Spring Session's own transactions. (Spring Session takes it by this bean name.)
     */
    @Bean
    TransactionOperations springSessionTransactionOperations(Database database, PlatformTransactionManager sessionTransactions) {
        if (database.dialect() == Dialect.POSTGRESQL) {
            TransactionTemplate template = new TransactionTemplate(sessionTransactions);
            template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            return template;
        }
        return new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                try {
                    return TransactionOperations.withoutTransaction().execute(action);
                } catch (RuntimeException e) {
                    if (Database.busy(e)) {
                        return null;
                    }
                    throw e;
                }
            }
        };
    }

    /**
     * Session attributes as Java serialization writes them, but one that cannot be read back (its
     * class changed or went away in an upgrade, while the session was kept in the store) reads as
     * absent: the browser is signed out, or loses a flash message, instead of every request of that
     * session failing until it expires. (Spring Session takes it by this bean name.)
     */
    @Bean
    @Qualifier("springSessionConversionService")
    ConversionService springSessionConversionService() {
        DeserializingConverter read = new DeserializingConverter(WebSessions.class.getClassLoader());
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, bytes -> {
            try {
                return read.convert(bytes);
            } catch (SerializationFailedException e) {
                log.warn("A web session attribute could not be read back and is dropped: {}", e.getMostSpecificCause().toString());
                return null;
            }
        });
        return conversions;
    }

    /**
     * On PostgreSQL, an attribute two requests of one session set at once is written as an upsert,
     * not refused as a duplicate. SQLite writes one transaction at a time.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionUpserts(Database database) {
        PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgres = new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        return repository -> {
            if (database.dialect() == Dialect.POSTGRESQL) {
                postgres.customize(repository);
            }
        };
    }
}
