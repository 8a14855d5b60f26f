package io.gatehouse.tenancy;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.extensions.implementation.credential.TokenCredentialProviderOptions;
import com.azure.identity.extensions.implementation.credential.provider.TokenCredentialProvider;

/**
 * The hook azure-identity-extensions offers for supplying a credential ({@code
 * azure.tokenCredentialProviderClassName}): the plugin instantiates this class by name, so the test
 * hands it its mocked credential through a static field. The returned credential delegates on every
 * call, so the plugin's own credential cache cannot pin an older mock.
 */
public final class MockedCredentialProvider implements TokenCredentialProvider {

    static volatile TokenCredential current;

    public MockedCredentialProvider(TokenCredentialProviderOptions options) {}

    @Override
    public TokenCredential get() {
        return request -> current.getToken(request);
    }
}
