/**
 * Internal API of the read model: {@code POST /internal/read-model/prices},
 * {@code /stock} and {@code /ratings}, each for its one source service.
 */
package shop.catalog.readmodel.web;
