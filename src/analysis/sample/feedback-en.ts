/**
 * English comment fragments per theme and sentiment. Negative ones use not / no / never, some
 * positive ones are negated negatives ("no complaints", "can't beat the price"), and a few carry
 * double quotes so the CSV quoting is exercised. {p} = product name, {d} = a number of days.
 */
import type { FeedbackTexts } from './feedback-texts';

export const FEEDBACK_EN: FeedbackTexts = {
  keywords: {
    delivery: ['delivery', 'delivered', 'courier', 'shipping', 'dispatch', 'arrived', 'parcel'],
    service: ['customer service', 'support', 'staff'],
    price: ['price', 'value', 'expensive', 'cheap', 'cheaper', 'overpriced', 'worth'],
    quality: ['quality', 'stitching', 'material', 'made'],
    features: ['features', 'size', 'fits', 'colour', 'recommendations'],
    returns: ['return', 'returns', 'returned', 'refund', 'exchange'],
    payment: ['payment', 'checkout', 'charged', 'voucher'],
    packaging: ['packaging', 'packaged', 'box', 'wrapped'],
    app: ['app', 'website', 'login'],
  },
  positive: {
    delivery: ['Delivery was quick, arrived in {d} days', 'Arrived the next day, well ahead of the estimate', 'The courier was friendly and on time', 'Fast shipping and tracking updates all the way', 'No delays with delivery at all'],
    service: ['Customer service was really helpful', 'The support team sorted my question out within an hour', "Friendly staff on the chat, couldn't have asked for more", 'Customer service went above and beyond'],
    price: ['Great value for money', 'Good price compared to other shops', 'Bought it in the sale, excellent value', "Can't beat the price", 'Worth every penny'],
    quality: ['Excellent quality, feels solid', 'The {p} is well made', 'Quality material and neat stitching', 'No defects, quality is spot on', 'Still going strong after weeks of use, quality is great'],
    features: ['The {p} has all the features I needed', 'Fits true to size', 'Colour is exactly as pictured', 'The recommendations on the homepage were spot on', 'Does everything the product page promised, great features'],
    returns: ['Returned an item with no hassle', 'Refund came through in two days', 'The exchange was quick and easy', 'Easy returns, free label included'],
    payment: ['Checkout was quick and payment went through first time', 'The discount voucher applied at checkout without any issue', 'Lots of payment options', 'Never had a problem with payment here'],
    packaging: ['Nicely packaged, nothing damaged', 'Packaging was neat and plastic free', 'Well wrapped in a sturdy box', 'Lovely gift packaging'],
    app: ['The app is easy to use', 'Website is clear and ordering took a minute', 'Love the new app, finding things is easy', 'The website never lags, smooth experience'],
  },
  negative: {
    delivery: ['Delivery took {d} days, far too slow', 'The courier never turned up and left no card', 'Listed as "in stock" but took {d} days to dispatch', 'Parcel arrived late and the tracking never updated', 'Shipping was slow and nobody told me why'],
    service: ['Customer service never replied to my emails', 'The support agent was rude and not helpful at all', 'Spent an hour on hold with customer service, no answer', 'Staff kept sending copy-paste replies that did not solve anything'],
    price: ['Too expensive for what you get', 'Not worth the price', 'The price dropped a week after I bought it', 'Overpriced, you can get the same thing cheaper elsewhere'],
    quality: ['Poor quality, broke after {d} days', 'The {p} feels flimsy, not well made', 'Stitching came apart after the first wash', 'Material is thin and not as described', "Quality is terrible, don't buy"],
    features: ['The {p} is missing features that were advertised', 'Size is way too small, does not fit', 'Colour looks nothing like the photos', 'The recommendations are never relevant to me', 'The colour faded after a week'],
    returns: ['Still waiting for my refund after {d} days', 'The return label never came, so I could not send it back', 'They refused an exchange even though it was faulty', 'The returns process is a nightmare'],
    payment: ['Payment failed three times and I was charged twice', 'My voucher would not apply at checkout', 'Card was charged but the order shows "unpaid"', 'No confirmation after payment, no idea where the money went'],
    packaging: ['Packaging was damaged and the box was crushed', 'Poorly packaged, no protection at all', 'Far too much plastic in the packaging', 'The box was not sealed properly'],
    app: ['The app keeps crashing when I try to order', 'Website is slow and the login never works', "Couldn't find my order history in the app", 'The new website is confusing, not an improvement'],
  },
  but: ['. But ', '. However, ', '. Only downside: '],
  praise: ['Would buy again.', 'Highly recommend!', 'Very happy.', 'No complaints.'],
  fiveStar: 'Five stars.',
  complaint: ['Would not buy again.', 'Avoid.', 'Very disappointed.', 'Never ordering from here again.', 'Do not recommend.'],
  empty: '',
  separator: '. ',
  end: '.',
};
