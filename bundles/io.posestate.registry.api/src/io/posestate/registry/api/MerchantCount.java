package io.posestate.registry.api;

import io.posestate.model.Merchant;

/**
 * A merchant with the number of terminals bound to it.
 *
 * @param merchant  the merchant with its phones, as {@link EstateRegistry#merchant} returns it
 * @param terminals how many terminals are bound to it
 */
public record MerchantCount(Merchant merchant, long terminals) {
}
