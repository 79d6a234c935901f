package app.kith.server;

import app.kith.db.Database;
import app.kith.db.Dialect;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Web sessions in the store (Spring Session JDBC; the tables come from our own migrations): a
 * browser signed in on one node is signed in on all, and a node can stop without signing anyone
 * out. Boot's session cookie settings still apply.
 */
@Configuration(proxyBeanMethods = false)
class WebSessions {

    /** Spring Session's own transactions, on the store's pool (Boot's data-source wiring is off: see ServerWiring). */
    @Bean
    @SpringSessionTransactionManager
    PlatformTransactionManager sessionTransactions(Database database) {
        return new DataSourceTransactionManager(database.dataSource());
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
