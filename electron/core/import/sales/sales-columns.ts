/**
 * Which columns of a sales export hold what, found by header (never by position), and which
 * platform wrote the file. Headers are compared folded, as for contacts (`normalizeHeader`), in
 * Carnet's five languages, plus the exact headers Shopify, WooCommerce and Square write.
 */
import { SALES_FIELDS, type SalesLayout } from '../../../../shared/contract/import.ts';
import { normalizeHeader } from '../csv/header-synonyms.ts';

export type SalesField = (typeof SALES_FIELDS)[number];

/** The platforms told apart by their headers; 'csv' is any other (hand-made or accounting) file. */
export type SalesPlatform = SalesLayout['platform'];

/** Field -> the column (header as the file has it) that holds it. */
export type SalesColumns = Partial<Record<SalesField, string>>;

/**
 * Generic headers, several languages per field (folded: no case, no accents). The order-level
 * fields (shipping, taxes, discount, order total, payment status) are read from the platforms'
 * own exports only: in a hand-made file "Total" is a line's.
 */
const GENERIC: Partial<Record<SalesField, string[]>> = {
  date: ['date', 'order date', 'invoice date', 'sale date', 'purchase date', 'created at', 'created', 'paid at', 'date de commande', 'date de facture', 'date de vente', 'datum', 'bestelldatum', 'rechnungsdatum', 'verkaufsdatum', 'fecha', 'fecha de pedido', 'fecha de factura', 'fecha de venta', 'дата', 'дата заказа', 'дата продажи', 'дата счета'],
  reference: ['order', 'order number', 'order no', 'order id', 'invoice', 'invoice number', 'invoice no', 'invoice id', 'receipt', 'receipt number', 'ticket', 'ticket number', 'transaction id', 'reference', 'ref', 'commande', 'numero de commande', 'n de commande', 'no commande', 'facture', 'numero de facture', 'n de facture', 'no facture', 'bestellung', 'bestellnummer', 'rechnung', 'rechnungsnummer', 'belegnummer', 'pedido', 'numero de pedido', 'factura', 'numero de factura', 'заказ', 'номер заказа', 'счет', 'номер счета', 'чек', 'номер чека'],
  email: ['email', 'e mail', 'email address', 'customer email', 'client email', 'courriel', 'email client', 'e mail client', 'adresse e mail', 'kunden e mail', 'e mail adresse', 'correo', 'correo electronico', 'email del cliente', 'эл почта', 'электронная почта', 'email клиента', 'почта'],
  phone: ['phone', 'telephone', 'customer phone', 'tel', 'phone number', 'telephone client', 'telefon', 'telefonnummer', 'telefono', 'телефон', 'телефон клиента'],
  customerName: ['customer', 'customer name', 'client', 'client name', 'buyer', 'name', 'full name', 'nom du client', 'nom client', 'nom', 'kunde', 'kundenname', 'name des kunden', 'cliente', 'nombre del cliente', 'nombre', 'клиент', 'покупатель', 'имя клиента', 'фио'],
  firstName: ['first name', 'firstname', 'prenom', 'vorname', 'nombre de pila', 'имя'],
  lastName: ['last name', 'lastname', 'surname', 'nom de famille', 'nachname', 'apellido', 'apellidos', 'фамилия'],
  company: ['company', 'company name', 'organization', 'societe', 'entreprise', 'firma', 'unternehmen', 'empresa', 'компания', 'организация'],
  item: ['item', 'item name', 'product', 'product name', 'article', 'description', 'designation', 'produit', 'libelle', 'artikel', 'produkt', 'bezeichnung', 'artikelbezeichnung', 'producto', 'articulo', 'descripcion', 'товар', 'наименование', 'продукт', 'позиция'],
  quantity: ['quantity', 'qty', 'qte', 'quantite', 'menge', 'anzahl', 'cantidad', 'количество', 'кол во'],
  unitPrice: ['unit price', 'price', 'price each', 'unit cost', 'prix', 'prix unitaire', 'pu', 'preis', 'einzelpreis', 'stuckpreis', 'precio', 'precio unitario', 'цена', 'цена за единицу'],
  lineTotal: ['total', 'line total', 'amount', 'subtotal', 'line amount', 'montant', 'total ligne', 'montant ttc', 'betrag', 'gesamt', 'summe', 'gesamtpreis', 'importe', 'total linea', 'сумма', 'итого', 'стоимость'],
  currency: ['currency', 'currency code', 'devise', 'monnaie', 'wahrung', 'moneda', 'divisa', 'валюта'],
};

/**
 * The exact columns each platform writes, and the headers that tell it apart. Shopify's
 * `orders_export.csv` calls the order number "Name" and writes one row per line item with the
 * order's fields (email, date, currency) on its first row only; WooCommerce exports (the
 * "Customer / Order CSV Export" and "Advanced Order Export" plugins) repeat the order on each
 * item row; Square's item sales export has one row per item, the amounts with a currency sign and
 * no currency column.
 */
const PLATFORMS: { platform: Exclude<SalesPlatform, 'csv'>; signature: string[]; columns: Partial<Record<SalesField, string[]>> }[] = [
  {
    platform: 'shopify',
    signature: ['lineitem name', 'lineitem quantity'],
    columns: {
      reference: ['name'], date: ['created at', 'paid at'], email: ['email'], phone: ['billing phone', 'phone', 'shipping phone'],
      customerName: ['billing name', 'shipping name'], company: ['billing company'], item: ['lineitem name'],
      quantity: ['lineitem quantity'], unitPrice: ['lineitem price'], currency: ['currency'],
      shipping: ['shipping'], taxes: ['taxes'], discount: ['discount amount'], discountCode: ['discount code'],
      orderTotal: ['total'], refunded: ['refunded amount'], paymentStatus: ['financial status'],
    },
  },
  {
    platform: 'woocommerce',
    signature: ['billing email', 'email billing', 'order currency', 'billing first name', 'first name billing'],
    columns: {
      reference: ['order number', 'order id'], date: ['order date', 'date'], email: ['billing email', 'email billing'],
      phone: ['billing phone', 'phone billing'], firstName: ['billing first name', 'first name billing'],
      lastName: ['billing last name', 'last name billing'], company: ['billing company', 'company billing'],
      item: ['item name', 'product name'], quantity: ['item quantity', 'quantity', 'qty'],
      unitPrice: ['item cost', 'item price'], lineTotal: ['item total', 'item subtotal', 'order line total'],
      currency: ['order currency', 'currency'],
      shipping: ['shipping total', 'order shipping'], fees: ['fee total'], taxes: ['tax total', 'order tax'], discount: ['discount total', 'cart discount'],
      orderTotal: ['order total'], refunded: ['refunded total', 'order refund', 'refund total'], paymentStatus: ['status', 'order status'],
    },
  },
  {
    platform: 'square',
    signature: ['gross sales', 'net sales', 'transaction id'],
    columns: {
      reference: ['transaction id'], date: ['date'], customerName: ['customer name'], item: ['item'],
      quantity: ['qty', 'count'], lineTotal: ['gross sales'],
    },
  },
];


/** The platform whose signature headers the file has (two of them are enough), else 'csv'. */
function platformOf(folded: Set<string>): (typeof PLATFORMS)[number] | null {
  for (const platform of PLATFORMS) {
    const found = platform.signature.filter((header) => folded.has(header)).length;
    if (found >= Math.min(2, platform.signature.length)) return platform;
  }
  return null;
}

/** Finds each field's column: the platform's own headers first, then the generic words. */
export function salesLayoutOf(columns: readonly string[]): { platform: SalesPlatform; columns: SalesColumns } {
  const byFolded = new Map<string, string>();
  for (const column of columns) if (!byFolded.has(normalizeHeader(column))) byFolded.set(normalizeHeader(column), column);
  const platform = platformOf(new Set(byFolded.keys()));
  const found: SalesColumns = {};
  const taken = new Set<string>();
  const take = (field: SalesField, headers: readonly string[]) => {
    if (found[field]) return;
    for (const header of headers) {
      const column = byFolded.get(normalizeHeader(header));
      if (column !== undefined && !taken.has(column)) {
        found[field] = column;
        taken.add(column);
        return;
      }
    }
  };
  if (platform) for (const field of SALES_FIELDS) take(field, platform.columns[field] ?? []);
  // A platform's file uses only its own columns: Shopify's "Total" is the order's, not a line's.
  else for (const field of SALES_FIELDS) take(field, GENERIC[field] ?? []);
  return { platform: platform?.platform ?? 'csv', columns: found };
}

/**
 * Whether a table is a sales file rather than a contacts file: it names what was sold (an item),
 * and at least two of an order/invoice number, a quantity, a price or a total. A contacts file
 * has none of these ("Company" and "Date" alone prove nothing).
 */
export function looksLikeSales(columns: readonly string[]): boolean {
  const { platform, columns: found } = salesLayoutOf(columns);
  if (platform !== 'csv') return true;
  if (!found.item) return false;
  const evidence = [found.reference, found.quantity, found.unitPrice, found.lineTotal].filter(Boolean).length;
  return evidence >= 2;
}
