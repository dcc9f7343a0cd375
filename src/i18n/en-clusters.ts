/**
 * English messages of the K-means clusters chapter; merged into the reference catalog in en.ts.
 */
export const enClusters = {
  'chapter.clusters': 'K-means clusters',
  'clusters.lead':
    'Rule-based RFM segments are the language marketers know; K-means lets the data draw its own groups, and finds the ones the rules miss.',
  'clusters.missing.noValue': 'Clustering needs the customer table of the RFM chapter: load orders with a customer ID, an order date and an amount.',
  'clusters.missing.noCustomers': 'No customer has a purchase to cluster: check that the orders carry a customer ID.',
  'clusters.missing.tooFew': 'Only {customers} customers: K-means needs at least {min} to say anything about groups.',

  // Names: each cluster's centre against the average customer (levels of R, F, M).
  'clusters.name.pattern': '{r}, {f}, {m}',
  'clusters.name.average': 'close to the average customer',
  'clusters.name.recency.high': 'recent',
  'clusters.name.recency.mid': 'average recency',
  'clusters.name.recency.low': 'lapsed',
  'clusters.name.frequency.high': 'frequent',
  'clusters.name.frequency.mid': 'average frequency',
  'clusters.name.frequency.low': 'infrequent',
  'clusters.name.monetary.high': 'high spenders',
  'clusters.name.monetary.mid': 'average spend',
  'clusters.name.monetary.low': 'low spenders',
  'clusters.cluster': 'Cluster {n}',
  'clusters.clusterShort': 'C{n}',
  'clusters.clusterNamed': 'cluster {n} ({name})',

  // Features, long (method, controls) and short (chart axes).
  'clusters.feature.recency': 'Days since last purchase (R)',
  'clusters.feature.frequency': 'Orders (F)',
  'clusters.feature.monetary': 'Revenue (M)',
  'clusters.feature.aov': 'Average order value',
  'clusters.feature.tenure_days': 'Days since first purchase',
  'clusters.featureShort.recency': 'Recency (days)',
  'clusters.featureShort.frequency': 'Orders',
  'clusters.featureShort.monetary': 'Revenue',
  'clusters.featureShort.aov': 'AOV',
  'clusters.featureShort.tenure_days': 'Tenure (days)',

  // How it was done.
  'clusters.method.title': 'How the clusters were made',
  'clusters.method.features':
    'Each customer is described by the features on the right. Each is log-transformed, log(1 + x), so a few very large customers do not dominate, then standardised to mean 0 and standard deviation 1, so every feature weighs the same.',
  'clusters.method.algorithm':
    'K-means puts each customer in the cluster whose centre is nearest. The starting centres are spread out with k-means++, and the fit is repeated from {restarts} seeded starts, keeping the tightest; the same data always gives the same clusters.',
  'clusters.method.chooseK':
    'Every k from {kMin} to {kMax} is fitted. The mean silhouette (how much closer a customer is to its own cluster than to the next one, from −1 to 1) is computed on {sample} customers (at most {max}), and the highest wins.',
  'clusters.method.onSample': 'With {customers} customers, k is chosen on a seeded sample of {sample} customers; the chosen k is then fitted on everyone.',
  'clusters.method.names':
    'Names describe each centre against the average customer: more than half a standard deviation above average counts as high, more than half below as low.',

  // Settings.
  'clusters.settings.title': 'Settings',
  'clusters.settings.features': 'Features',
  'clusters.settings.always': 'always used',
  'clusters.settings.k': 'Number of clusters k',
  'clusters.settings.auto': 'Automatic',
  'clusters.settings.autoIs': 'Automatic picks k = {k}',
  'clusters.settings.userIs': 'You set k = {k}; the silhouette prefers k = {best}',
  'clusters.settings.note': 'Changes recalculate the report on this device.',

  // Choosing k.
  'clusters.k.title': 'Choosing the number of clusters',
  'clusters.k.lead':
    'The elbow shows how much tighter the clusters get with each extra one; the silhouette, how well separated they are. The marked k is the one in use.',
  'clusters.k.axis': 'Number of clusters k',
  'clusters.k.inertia': 'Inertia (within-cluster sum of squares)',
  'clusters.k.silhouette': 'Mean silhouette',
  'clusters.k.elbowLabel': 'Elbow chart: inertia by number of clusters',
  'clusters.k.silhouetteLabel': 'Mean silhouette by number of clusters',
  'clusters.k.chosenAuto': 'k = {k}, automatic',
  'clusters.k.chosenUser': 'k = {k}, your choice',
  'clusters.k.best': 'best',
  'clusters.k.onSample': 'Scores of a seeded sample of {sample} customers.',

  // Per cluster.
  'clusters.table.title': 'The clusters',
  'clusters.table.lead': 'Size, weight and the median customer of each cluster, in the data’s own units.',
  'clusters.table.cluster': 'Cluster',
  'clusters.table.customers': 'Customers',
  'clusters.table.customerShare': 'Share of customers',
  'clusters.table.revenueShare': 'Share of revenue',
  'clusters.table.recency': 'Days since last purchase',
  'clusters.table.orders': 'Orders',
  'clusters.table.revenue': 'Revenue',
  'clusters.table.aov': 'AOV',
  'clusters.table.medians': 'Median customer',
  'clusters.table.total': 'All customers',

  // Scatter and profile.
  'clusters.scatter.title': 'Orders against revenue',
  'clusters.scatter.lead': 'Each dot is a customer ({points} of {customers} shown), on log scales; the large dots are each cluster’s median customer.',
  'clusters.scatter.leadAll': 'Each dot is a customer, on log scales; the large dots are each cluster’s median customer.',
  'clusters.scatter.x': 'Orders (log scale)',
  'clusters.scatter.y': 'Revenue (log scale)',
  'clusters.scatter.label': 'Scatter of orders against revenue, coloured by cluster',
  'clusters.profile.title': 'Cluster profiles',
  'clusters.profile.lead': 'Each cluster’s centre in standard deviations from the average customer (0). Higher recency means longer since the last purchase.',
  'clusters.profile.y': 'Standard deviations from average',
  'clusters.profile.label': 'Standardised cluster centres by feature',
  'clusters.profile.feature': 'Feature',

  // Cross-tab.
  'clusters.crosstab.title': 'Clusters and RFM segments',
  'clusters.crosstab.lead':
    'How the customers of each cluster fall into the {scheme} of the RFM chapter: customers, and the share of the cluster. Darker cells hold more of the cluster.',
  'clusters.crosstab.segment': 'RFM segment',
  'clusters.crosstab.total': 'Total',
  'clusters.crosstab.empty': 'The RFM segments are not available for this report.',
  'clusters.scheme.named': 'named segments',
  'clusters.scheme.eight-class': 'eight RFM classes',
  'clusters.scheme.tiers': 'value tiers',

  // Findings.
  'clusters.count.orders.one': '{count} order',
  'clusters.count.orders.other': '{count} orders',
  'clusters.count.days.one': '{count} day',
  'clusters.count.days.other': '{count} days',
  'clusters.finding.auto':
    'K-means splits the {customers} customers into {k} clusters: k = {k} has the highest mean silhouette ({silhouette}) of k = {kMin}–{kMax}.',
  'clusters.finding.user': 'You set k = {k}: the {customers} customers form {k} clusters (mean silhouette {silhouette}).',
  'clusters.finding.userBest': ' The silhouette would pick k = {best} ({bestSilhouette}).',
  'clusters.finding.userSame': ' That is also the k the silhouette prefers.',
  'clusters.finding.revenue':
    'Cluster {n} ({name}) holds {revenueShare} of revenue with {customerShare} of customers; its median customer placed {orders}, spent {revenue} and last bought {days} ago.',
  'clusters.finding.largest':
    'The largest, cluster {n} ({name}), has {customerShare} of customers but {revenueShare} of revenue; its median customer last bought {days} ago.',
  'clusters.finding.largestEven':
    'The largest, cluster {n} ({name}), has {customerShare} of customers and {revenueShare} of revenue; its median customer last bought {days} ago.',
  'clusters.finding.segment': 'By RFM segment, cluster {n} is mostly {segment} ({share} of it).',
  'clusters.finding.quality.strong': 'A mean silhouette of {silhouette} means the clusters are clearly separated.',
  'clusters.finding.quality.reasonable': 'A mean silhouette of {silhouette} means the clusters are reasonably well separated.',
  'clusters.finding.quality.weak':
    'A mean silhouette of {silhouette} means the clusters overlap: read them as broad customer profiles, not as sharply separated groups.',
  'clusters.finding.quality.none':
    'A mean silhouette of {silhouette} means there is no clear group structure: the clusters cut a continuum of customers into ranges.',
} as const satisfies Record<string, string>;
