package org.lscp.workspace.persistence;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Import this to get the JPA adapters of every domain out-port. Entities and Spring Data repositories are
 * found through the auto-configuration package; they never leave this module.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
@ComponentScan
@PropertySource("classpath:persistence.properties")
public class PersistenceConfiguration {
}
