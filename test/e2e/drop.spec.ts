// Breaks when files dragged onto the page outside the drop zone are not read (the window-wide
// drag-and-drop handler is gone or no longer prevents the browser's default of opening the file),
// when the full-page overlay does not show while files are dragged over the page or does not go
// away when they leave, or when several files dropped at once do not all load.
import type { JSHandle, Page } from '@playwright/test';
import { test, expect, openApp, waitForMapping } from './fixtures';
import { card } from './helpers';

interface DropFile {
  name: string;
  text: string;
}

function ordersCsv(rows: number, prefix: string): string {
  const lines = ['order_id,customer_id,order_time,product_name,quantity,amount'];
  for (let i = 0; i < rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(`${prefix}${1000 + i},C${String(i % 9).padStart(3, '0')},2024-05-${day} 12:${String(i % 60).padStart(2, '0')}:00,Item ${i % 4},${1 + (i % 3)},${(9.5 + i).toFixed(2)}`);
  }
  return lines.join('\n') + '\n';
}

const CUSTOMERS = ['customer_id,gender,city,signup_time', ...Array.from({ length: 9 }, (_, i) => `C${String(i).padStart(3, '0')},${i % 2 ? 'F' : 'M'},Leeds,2023-0${1 + (i % 9)}-15`)].join('\n') + '\n';

/** A DataTransfer carrying the files, built in the page as the browser builds one for a real drag. */
function dataTransfer(page: Page, files: DropFile[]): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'text/csv' }));
    return dt;
  }, files);
}

/** Fires drag events on document.body, i.e. nowhere near the drop zone. */
async function fire(page: Page, dt: JSHandle<DataTransfer>, types: string[]): Promise<boolean[]> {
  return page.evaluate(
    ([dt, types]) =>
      types.map((type) => {
        const e = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt });
        document.body.dispatchEvent(e);
        return e.defaultPrevented;
      }),
    [dt, types] as const,
  );
}

/** Drag the files over the page, check the overlay, and drop them on the body. */
async function dropOnBody(page: Page, files: DropFile[]): Promise<void> {
  const dt = await dataTransfer(page, files);
  // The page takes over the drag: without preventDefault the browser would open the file instead.
  expect(await fire(page, dt, ['dragenter', 'dragover'])).toEqual([true, true]);
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  expect(await fire(page, dt, ['drop'])).toEqual([true]);
  await expect(page.getByTestId('drop-overlay')).toBeHidden();
}

test('files dropped anywhere on the page are read', async ({ page }) => {
  await openApp(page, 'en');
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);

  // A drag that enters and leaves again shows the overlay and then removes it.
  const passing = await dataTransfer(page, [{ name: 'passing.csv', text: ordersCsv(3, 'P') }]);
  await fire(page, passing, ['dragenter', 'dragover']);
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await fire(page, passing, ['dragleave']);
  await expect(page.getByTestId('drop-overlay')).toBeHidden();
  await expect(page.getByTestId('progress')).toHaveCount(0);

  await dropOnBody(page, [{ name: 'dropped-orders.csv', text: ordersCsv(25, 'A') }]);
  await waitForMapping(page, 1);
  const c = card(page, 'dropped-orders.csv');
  await expect(c.getByTestId('dataset-rows')).toHaveAttribute('data-value', '25');
  await expect(c.getByTestId('dataset-kind')).toHaveValue('orders');
  await expect(c.getByTestId('dataset-files')).toHaveAttribute('data-value', '1');
});

test('two files dropped at once both load, and a drop on the mapping screen adds to them', async ({ page }) => {
  await openApp(page, 'en');
  await dropOnBody(page, [
    { name: 'orders-march.csv', text: ordersCsv(12, 'M') },
    { name: 'customers.csv', text: CUSTOMERS },
  ]);
  await waitForMapping(page, 2);
  await expect(card(page, 'orders-march.csv').getByTestId('dataset-rows')).toHaveAttribute('data-value', '12');
  await expect(card(page, 'customers.csv').getByTestId('dataset-rows')).toHaveAttribute('data-value', '9');
  await expect(page.getByTestId('load-error')).toHaveCount(0);

  // The mapping screen has no drop zone; a drop anywhere still adds the file.
  await expect(page.getByTestId('drop-zone')).toHaveCount(0);
  await dropOnBody(page, [{ name: 'orders-april.csv', text: ordersCsv(7, 'R') }]);
  await waitForMapping(page, 3);
  await expect(card(page, 'orders-april.csv').getByTestId('dataset-rows')).toHaveAttribute('data-value', '7');
  await expect(card(page, 'orders-march.csv')).toBeVisible();
});
