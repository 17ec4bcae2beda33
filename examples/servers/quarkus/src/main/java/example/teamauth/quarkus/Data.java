package example.teamauth.quarkus;

import example.teamauth.TeamAuthData;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one {@link TeamAuthData} Quarkus hands to the resources and the access filter through their constructors. */
final class Data {

    @Produces
    @Singleton
    TeamAuthData data() {
        return TeamAuthData.demo();
    }
}
