package app.kith.isolation;

import app.kith.api.ServerTest;

/** {@link RouteIsolation} on the server the other web and API tests share, over SQLite. */
@ServerTest
class EveryRouteIsolationTest extends RouteIsolation {
}
