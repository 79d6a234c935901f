package app.kith.server;

import app.kith.account.TwoFactor;
import app.kith.db.Database;
import app.kith.db.DbSettings;
import app.kith.wiring.Kith;
import app.kith.wiring.TwoFactorWiring;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Two-factor sign-in on the server, with the data folder's secret key (or KITH_SECRET_KEY). */
@Configuration(proxyBeanMethods = false)
class TwoFactorBean {

    @Bean
    TwoFactor twoFactor(Kith kith, Database database, DbSettings settings) {
        return TwoFactorWiring.twoFactor(database, settings, kith.clock());
    }
}
